using System.CommandLine;
using LifecycleLang.Hosting;
using LifecycleLang.Runtime;
using NodaTime;

namespace LifecycleLang.Cli;

/// <summary>
/// `lifecycle simulate PATH --events FILE [--until T] [--report] [--assembly DLL]`: compile the workspace
/// (or load a built assembly), run the inputs on a virtual clock and print the trace (runtime.md §6) as
/// JSON Lines — or, with --report, the per-journey and per-funnel figures instead.
/// </summary>
internal static class SimulateCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path") { Description = "A workspace folder or .journey files (omit with --assembly)", Arity = ArgumentArity.ZeroOrMore };
        var events = new Option<string>("--events") { Description = "Input file: JSON Lines of profiles and events (runtime.md §1)", Required = true };
        var until = new Option<string?>("--until") { Description = "Stop at this instant (RFC 3339, e.g. 2026-12-01T00:00:00Z); later inputs and timers stay pending" };
        var report = new Option<bool>("--report") { Description = "Print per-journey, per-step and per-stage figures instead of the trace" };
        var reportFormat = new Option<string>("--report-format") { Description = "Report format: text or json", DefaultValueFactory = _ => "text" };
        reportFormat.AcceptOnlyFromAmong("text", "json");
        var assembly = new Option<string?>("--assembly") { Description = "Run a journey assembly built by 'lifecycle build' instead of compiling PATH" };
        var trace = new Option<string?>("--trace") { Description = "With --report, also write the trace to this file" };
        var noProgress = new Option<bool>("--no-progress") { Description = "Do not show progress on stderr (shown only for runs longer than a second)" };
        var command = new Command("simulate", "Run journeys on recorded inputs with a virtual clock; print the trace or a report")
        {
            paths, events, until, report, reportFormat, assembly, trace, noProgress,
        };
        command.SetAction(result => CommandRunner.Run(() => Run(
            result.GetValue(paths) ?? [], result.GetValue(events)!, result.GetValue(until), result.GetValue(report),
            result.GetValue(reportFormat)!, result.GetValue(assembly), result.GetValue(trace), result.GetValue(noProgress))));
        return command;
    }

    private static int Run(IReadOnlyList<string> paths, string eventsPath, string? untilText, bool report, string reportFormat, string? assemblyPath, string? tracePath, bool noProgress)
    {
        Instant? until = null;
        if (untilText is not null)
        {
            until = Rfc3339.TryParse(untilText, out var parsed)
                ? parsed
                : throw new UsageException($"--until {untilText}: not an RFC 3339 instant; write it like 2026-12-01T00:00:00Z");
        }

        string inputText;
        try
        {
            inputText = File.ReadAllText(eventsPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{eventsPath}: cannot read the input file ({exception.Message})");
        }

        var workspace = assemblyPath is not null ? LoadAssembly(assemblyPath, paths) : InMemoryBuild.Compile(paths, "simulating")?.Workspace;
        if (workspace is null)
        {
            return ExitCodes.Errors;
        }

        var collected = new ListTraceSink();
        using var traceFile = tracePath is null ? null : new StreamWriter(tracePath);
        // Console.Out flushes and takes a lock on every write: a million trace lines spent a third of
        // the run there. One buffered writer, flushed at the end (disposing flushes it on failure too).
        using var stdout = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 1 << 16) { AutoFlush = false };
        ITraceSink output = report
            ? (traceFile is null ? collected : new TeeTraceSink(collected, new JsonLinesTraceWriter(traceFile)))
            : new JsonLinesTraceWriter(stdout);
        var options = new SimulationOptions { Until = until, Diagnostics = Console.Error, Channels = NullChannelSink.Instance, Progress = noProgress ? null : ProgressReporter.ForStandardError() };
        var result = new Simulator(workspace).Run(inputText, output, options);
        stdout.Flush();

        if (report)
        {
            var summary = SimulationReport.From(workspace, result.Counters, collected.Lines);
            stdout.Write(reportFormat == "json" ? ReportJson.Render(summary) + "\n" : ReportText.Render(summary));
        }

        return ExitCodes.Success;
    }

    private static WorkspaceDef LoadAssembly(string path, IReadOnlyList<string> paths)
    {
        if (paths.Count > 0)
        {
            throw new UsageException("give either a workspace PATH or --assembly, not both");
        }

        try
        {
            return JourneyAssemblyLoader.LoadFile(path);
        }
        catch (JourneyAssemblyException exception)
        {
            throw new UsageException(exception.Message);
        }
    }
}
