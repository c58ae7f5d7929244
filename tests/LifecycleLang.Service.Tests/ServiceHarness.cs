using LifecycleLang.Runtime;
using LifecycleLang.Service.Storage;
using NodaTime;

namespace LifecycleLang.Service.Tests;

/// <summary>A <see cref="JourneyService"/> on a store, with a fake clock and the committed trace collected.</summary>
internal sealed class ServiceHarness : IDisposable
{
    private readonly SqlStateStore _sql;

    public ServiceHarness(string workspace, TempStore temp, FakeClock clock, Func<IServiceStore, IServiceStore>? wrap = null)
    {
        _sql = temp.Open(TestWorkspace.Version(workspace));
        Store = wrap?.Invoke(_sql) ?? _sql;
        Clock = clock;
        // No grace and a generous future tolerance: tests put inputs and timers exactly where they want.
        Service = new JourneyService(TestWorkspace.Get(workspace), Store, clock, new ServiceSettings(Duration.Zero, Duration.FromDays(3650), Duration.FromSeconds(5)),
            TextWriterLog.None, Trace);
    }

    public IServiceStore Store { get; }

    public FakeClock Clock { get; }

    public JourneyService Service { get; }

    public StringWriter Trace { get; } = new() { NewLine = "\n" };

    public IReadOnlyList<string> TraceLines => Trace.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public void Dispose() => _sql.Dispose();

    /// <summary>The simulator's trace for the same inputs, up to <paramref name="until"/>.</summary>
    public static IReadOnlyList<string> Simulate(string workspace, string events, Instant until)
    {
        var writer = new StringWriter { NewLine = "\n" };
        new Simulator(TestWorkspace.Get(workspace)).Run(events, writer, new SimulationOptions { Until = until });
        return writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}
