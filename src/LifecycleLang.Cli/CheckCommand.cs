using System.CommandLine;
using LifecycleLang.Syntax.Diagnostics;

namespace LifecycleLang.Cli;

/// <summary>`lifecycle check PATH...`: parse and check a workspace and print its diagnostics.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "A workspace folder (every .journey file under it) or .journey files",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("check", "Parse and check journeys; print diagnostics as path(line,col): error LL1001: message")
        {
            paths,
        };
        command.SetAction(parseResult => CommandRunner.Run(() => Run(parseResult.GetValue(paths) ?? [], Console.Out)));
        return command;
    }

    private static int Run(IReadOnlyList<string> paths, TextWriter output)
    {
        var compilation = WorkspaceLoader.Load(paths);
        var diagnostics = compilation.GetDiagnostics();
        foreach (var diagnostic in diagnostics)
        {
            output.WriteLine(diagnostic.ToString());
        }

        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        var files = compilation.SyntaxTrees.Length;
        output.WriteLine($"checked {files} file{(files == 1 ? "" : "s")}: {Plural(errors, "error")}, {Plural(warnings, "warning")}");
        return errors > 0 ? ExitCodes.Errors : ExitCodes.Success;
    }

    private static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
