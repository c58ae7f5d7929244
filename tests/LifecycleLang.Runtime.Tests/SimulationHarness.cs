using NodaTime;

namespace LifecycleLang.Runtime.Tests;

/// <summary>Runs a workspace on input text and returns the JSON Lines trace.</summary>
internal static class SimulationHarness
{
    public static (IReadOnlyList<string> Lines, SimulationResult Result, string Stderr) Run(WorkspaceDef workspace, string inputs, Instant? until = null)
    {
        var trace = new StringWriter();
        var stderr = new StringWriter();
        var result = new Simulator(workspace).Run(inputs, trace, new SimulationOptions { Until = until, Diagnostics = stderr });
        var lines = trace.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return (lines, result, stderr.ToString());
    }

    /// <summary>Builds JSON Lines from loosely written lines (single quotes allowed for readability).</summary>
    public static string Lines(params string[] lines) => string.Join("\n", lines.Select(l => l.Replace('\'', '"'))) + "\n";
}
