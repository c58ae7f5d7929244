using NodaTime;

namespace LifecycleLang.Runtime;

/// <summary>
/// The simulator host (<c>lifecycle simulate</c>): a virtual clock, inputs from JSON Lines, the trace
/// out. Unreadable lines are traced first; then readable lines in order of <c>at</c>, each preceded by
/// the timers due by then; then the remaining timers — up to <c>--until</c>, or else up to 366 days
/// after the last input (saying so on the diagnostics writer if timers are left).
/// </summary>
public sealed class Simulator(CompiledWorkspace workspace)
{
    public static readonly Duration Horizon = Duration.FromDays(366);

    public Simulator(WorkspaceDef definition) : this(new CompiledWorkspace(definition)) { }

    public CompiledWorkspace Workspace { get; } = workspace;

    public SimulationResult Run(string inputText, TextWriter trace, SimulationOptions? options = null) =>
        Run(inputText, new JsonLinesTraceWriter(trace), options);

    public SimulationResult RunFile(string inputPath, TextWriter trace, SimulationOptions? options = null) =>
        Run(File.ReadAllText(inputPath), trace, options);

    public SimulationResult Run(string inputText, ITraceSink trace, SimulationOptions? options = null)
    {
        options ??= new SimulationOptions();
        var diagnostics = options.Diagnostics ?? TextWriter.Null;
        var channels = options.Channels ?? new RecordingChannelSink();
        var engine = new Engine(Workspace, new EngineOptions
        {
            Store = options.Store ?? new InMemoryStateStore(),
            Trace = trace,
            Channels = channels,
            Log = new TextWriterLog(diagnostics),
        });
        var batch = new InputReader(Workspace).Read(inputText);
        foreach (var line in batch.Unreadable)
        {
            engine.RejectUnreadable(line);
        }
        Instant? last = null;
        foreach (var record in batch.Records)
        {
            if (options.Until is { } until && record.At > until)
            {
                break;
            }
            engine.Process(record);
            last = record.At;
        }
        var stoppedAtHorizon = false;
        if (options.Until is { } u)
        {
            engine.AdvanceTo(u);
        }
        else if (batch.Records.Count > 0)
        {
            var horizon = batch.Records[^1].At + Horizon;
            engine.AdvanceTo(horizon);
            if (engine.NextTimerDue is not null)
            {
                stoppedAtHorizon = true;
                diagnostics.WriteLine(
                    $"simulate: stopped 366 days after the last input ({Rfc3339.Format(horizon)}) with {engine.PendingTimers} timer(s) pending; journeys may be re-entering one another (use --until to choose an end)");
            }
        }
        var sends = channels is RecordingChannelSink recording ? recording.Messages : (IReadOnlyList<OutboundMessage>)[];
        return new SimulationResult(engine.Counters, sends, stoppedAtHorizon, engine.PendingTimers, last);
    }
}
