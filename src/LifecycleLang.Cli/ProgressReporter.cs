using System.Diagnostics;
using System.Globalization;
using LifecycleLang.Runtime;

namespace LifecycleLang.Cli;

/// <summary>
/// Progress of a long `simulate` run on stderr. Silent for the first second, so short runs (and the
/// tests that diff stderr) see nothing; then a line at most every second on a terminal (rewritten in
/// place) or every five seconds when stderr is a file or a pipe, and a closing summary.
/// </summary>
internal sealed class ProgressReporter(TextWriter writer, bool interactive, Func<TimeSpan> elapsed) : IProgress<SimulationProgress>
{
    public static readonly TimeSpan QuietFor = TimeSpan.FromSeconds(1);

    private readonly TimeSpan _interval = interactive ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(5);
    private TimeSpan _lastShown = TimeSpan.MinValue;
    private bool _shown;

    public static ProgressReporter ForStandardError()
    {
        var watch = Stopwatch.StartNew();
        return new ProgressReporter(Console.Error, !Console.IsErrorRedirected, () => watch.Elapsed);
    }

    public void Report(SimulationProgress value)
    {
        var now = elapsed();
        if (value.Phase == SimulationPhase.Finished)
        {
            if (_shown)
            {
                Show(string.Create(CultureInfo.InvariantCulture,
                    $"simulate: done: {value.Done:N0} inputs in {now.TotalSeconds:N1} s ({value.Done / Math.Max(now.TotalSeconds, 0.001):N0} inputs/s)"), final: true);
            }
            return;
        }
        if (now < QuietFor || (_shown && now - _lastShown < _interval))
        {
            return;
        }
        _lastShown = now;
        var clock = value.Now is { } at ? " at " + Rfc3339.Format(at) : "";
        var text = value.Phase switch
        {
            SimulationPhase.Read => string.Create(CultureInfo.InvariantCulture, $"simulate: read {value.Total:N0} inputs"),
            SimulationPhase.Inputs => string.Create(CultureInfo.InvariantCulture,
                $"simulate: {value.Done:N0} / {value.Total:N0} inputs ({100.0 * value.Done / Math.Max(value.Total, 1):N0}%){clock}"),
            _ => $"simulate: all inputs done; firing the remaining timers{clock}",
        };
        Show(text, final: false);
    }

    private void Show(string text, bool final)
    {
        if (interactive)
        {
            // Rewrite the line in place; pad so a shorter line hides the end of a longer one.
            writer.Write("\r" + text.PadRight(78) + (final ? "\n" : ""));
        }
        else
        {
            writer.WriteLine(text);
        }
        writer.Flush();
        _shown = true;
    }
}
