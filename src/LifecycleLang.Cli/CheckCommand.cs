using System.CommandLine;
using LifecycleLang.Semantics.Reporting;

namespace LifecycleLang.Cli;

/// <summary>
/// `lifecycle check PATH... [--format text|json|sarif]`: parse and check a workspace; print its
/// diagnostics and each journey's longest possible duration. Exit 0 without errors (warnings alone
/// do not change it), 1 with errors, 2 on bad usage.
/// </summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "A workspace folder (every .journey file under it) or .journey files",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format")
        {
            Description = "Output format: text (path(line,col): error LL3001: message), json, or sarif (SARIF 2.1.0 for code scanning)",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var command = new Command("check", "Parse and check journeys; print diagnostics and each journey's longest duration")
        {
            paths,
            format,
        };
        command.SetAction(parseResult => CommandRunner.Run(() => Run(parseResult.GetValue(paths) ?? [], parseResult.GetValue(format) ?? "text")));
        return command;
    }

    private static int Run(IReadOnlyList<string> paths, string format)
    {
        var compilation = WorkspaceLoader.Load(paths);
        var report = CheckReport.From(compilation);
        switch (format)
        {
            case "json":
                WriteToStdout(stream => JsonReportWriter.Write(report, stream));
                break;
            case "sarif":
                WriteToStdout(stream => SarifReportWriter.Write(report, stream));
                break;
            default:
                TextReportWriter.Write(report, Console.Out);
                break;
        }

        return report.HasErrors ? ExitCodes.Errors : ExitCodes.Success;
    }

    private static void WriteToStdout(Action<Stream> write)
    {
        Console.Out.Flush();
        using var stdout = Console.OpenStandardOutput();
        write(stdout);
        stdout.Write("\n"u8);
        stdout.Flush();
    }
}
