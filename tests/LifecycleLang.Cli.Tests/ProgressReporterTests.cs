using LifecycleLang.Runtime;
using NodaTime;

namespace LifecycleLang.Cli.Tests;

public sealed class ProgressReporterTests
{
    private static readonly Instant At = Instant.FromUtc(2026, 11, 1, 12, 0);

    private static (ProgressReporter Reporter, StringWriter Output, Action<double> SetSeconds) Create(bool interactive)
    {
        var output = new StringWriter();
        var seconds = 0.0;
        var reporter = new ProgressReporter(output, interactive, () => TimeSpan.FromSeconds(seconds));
        return (reporter, output, s => seconds = s);
    }

    [Fact]
    public void AShortRunShowsNothing()
    {
        var (reporter, output, set) = Create(interactive: false);
        reporter.Report(new SimulationProgress(SimulationPhase.Read, 0, 100, null));
        set(0.5);
        reporter.Report(new SimulationProgress(SimulationPhase.Inputs, 50, 100, At));
        reporter.Report(new SimulationProgress(SimulationPhase.Finished, 100, 100, At));
        Assert.Equal("", output.ToString());
    }

    [Fact]
    public void ALongRunShowsLinesEveryFiveSecondsWhenRedirectedAndASummary()
    {
        var (reporter, output, set) = Create(interactive: false);
        set(1.2);
        reporter.Report(new SimulationProgress(SimulationPhase.Inputs, 250_000, 1_000_000, At));
        set(3);
        reporter.Report(new SimulationProgress(SimulationPhase.Inputs, 500_000, 1_000_000, At)); // too soon
        set(6.5);
        reporter.Report(new SimulationProgress(SimulationPhase.Timers, 1_000_000, 1_000_000, At));
        set(8);
        reporter.Report(new SimulationProgress(SimulationPhase.Finished, 1_000_000, 1_000_000, At));
        Assert.Equal(
            [
                "simulate: 250,000 / 1,000,000 inputs (25%) at 2026-11-01T12:00:00Z",
                "simulate: all inputs done; firing the remaining timers at 2026-11-01T12:00:00Z",
                "simulate: done: 1,000,000 inputs in 8.0 s (125,000 inputs/s)",
            ],
            output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void OnATerminalTheLineIsRewrittenInPlace()
    {
        var (reporter, output, set) = Create(interactive: true);
        set(1.5);
        reporter.Report(new SimulationProgress(SimulationPhase.Inputs, 10, 20, null));
        set(2.6);
        reporter.Report(new SimulationProgress(SimulationPhase.Inputs, 15, 20, null));
        set(3);
        reporter.Report(new SimulationProgress(SimulationPhase.Finished, 20, 20, null));
        var text = output.ToString();
        Assert.Equal(3, text.Count(c => c == '\r'));
        Assert.Equal(1, text.Count(c => c == '\n'));
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        Assert.Contains("15 / 20 inputs (75%)", text, StringComparison.Ordinal);
    }
}
