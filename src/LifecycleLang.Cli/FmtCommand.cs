using System.CommandLine;
using LifecycleLang.Formatting;
using LifecycleLang.Semantics;
using LifecycleLang.Syntax;
using LifecycleLang.Syntax.Text;

namespace LifecycleLang.Cli;

/// <summary>
/// `lifecycle fmt PATH... [--check]`: rewrite .journey files in the canonical layout (docs/formatting.md).
/// Only files that change are written, each atomically (a temporary file beside it, then a move). A file
/// with syntax errors is left untouched and named with its first error. `--check` writes nothing and
/// lists the files that would change. Exit 0 when every file is (now) formatted, 1 when `--check` found
/// unformatted files or a file has syntax errors, 2 on bad usage.
/// </summary>
internal static class FmtCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "Workspace folders (every .journey file under them) or .journey files",
            Arity = ArgumentArity.OneOrMore,
        };
        var check = new Option<bool>("--check")
        {
            Description = "Write nothing; list the files that are not formatted and exit 1 if there are any",
        };
        var command = new Command("fmt", "Rewrite .journey files in the one canonical layout, keeping comments")
        {
            paths,
            check,
        };
        command.SetAction(parseResult => CommandRunner.Run(() => Run(parseResult.GetValue(paths) ?? [], parseResult.GetValue(check))));
        return command;
    }

    private static int Run(IReadOnlyList<string> paths, bool check)
    {
        IReadOnlyList<string> files;
        try
        {
            files = WorkspaceFiles.Find(paths);
        }
        catch (WorkspaceLoadException exception)
        {
            throw new UsageException(exception.Message);
        }

        if (files.Count == 0)
        {
            throw new UsageException($"no .journey files found under {string.Join(", ", paths)}");
        }

        var unformatted = 0;
        var rewritten = 0;
        var broken = 0;
        foreach (var file in files)
        {
            var tree = SyntaxTree.Parse(ReadFile(file));
            if (tree.HasErrors)
            {
                var error = tree.Diagnostics.First(d => d.IsError);
                Console.Error.WriteLine($"{file}: left unchanged because it has syntax errors; the first: {error}");
                broken++;
                continue;
            }

            var formatted = JourneyFormatter.Format(tree);
            if (formatted == tree.Text.ToString())
            {
                continue;
            }

            unformatted++;
            if (check)
            {
                Console.WriteLine(file);
            }
            else
            {
                WriteAtomically(file, formatted);
                Console.WriteLine($"formatted {file}");
                rewritten++;
            }
        }

        if (check)
        {
            Console.Error.WriteLine(unformatted == 0
                ? $"{files.Count - broken} file(s) formatted"
                : $"{unformatted} of {files.Count - broken} file(s) would be reformatted; run 'lifecycle fmt' to fix");
            return unformatted > 0 || broken > 0 ? ExitCodes.Errors : ExitCodes.Success;
        }

        return broken > 0 ? ExitCodes.Errors : ExitCodes.Success;
    }

    private static SourceText ReadFile(string file)
    {
        try
        {
            return WorkspaceFiles.Read(file);
        }
        catch (WorkspaceLoadException exception)
        {
            throw new UsageException(exception.Message);
        }
    }

    private static void WriteAtomically(string file, string text)
    {
        var full = Path.GetFullPath(file);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}.fmt.tmp");
        try
        {
            File.WriteAllText(temporary, text, new System.Text.UTF8Encoding(false));
            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            throw new UsageException($"{file}: cannot write the formatted file ({exception.Message})");
        }
    }
}
