using System.CommandLine;
using System.Diagnostics;
using System.Formats.Tar;
using LifecycleLang.Review;
using LifecycleLang.Semantics;

namespace LifecycleLang.Cli;

/// <summary>
/// `lifecycle diff OLD NEW [--format text|markdown]`: the semantic diff of two versions of a workspace.
/// Each side is a folder, a .journey file, or `git:REV` (that revision of the current repository at the
/// other side's path; `git:REV:PATH` names the path). Exit codes follow `git diff --exit-code`:
/// 0 no semantic change, 1 changes, 2 bad usage.
/// </summary>
internal static class DiffCommand
{
    public static Command Create()
    {
        var old = new Argument<string>("old") { Description = "The old version: a folder, a .journey file, or git:REV[:PATH]" };
        var @new = new Argument<string>("new") { Description = "The new version: a folder, a .journey file, or git:REV[:PATH]" };
        var format = new Option<string>("--format")
        {
            Description = "text, or markdown for a pull-request comment",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "markdown");
        var command = new Command("diff", "Semantic diff of two versions of a workspace: what changed for contacts, in words a reviewer reads")
        {
            old,
            @new,
            format,
        };
        command.SetAction(parseResult => CommandRunner.Run(() => Run(
            parseResult.GetValue(old) ?? string.Empty,
            parseResult.GetValue(@new) ?? string.Empty,
            parseResult.GetValue(format) ?? "text")));
        return command;
    }

    private static int Run(string old, string @new, string format)
    {
        var temporary = new List<string>();
        try
        {
            var oldPath = Resolve(old, @new, temporary);
            var newPath = Resolve(@new, old, temporary);
            var report = SemanticDiff.Compare(Load(oldPath, old), Load(newPath, @new));
            Console.Out.Write(format == "markdown" ? DiffWriter.Markdown(report) : DiffWriter.Text(report));
            return report.HasChanges ? ExitCodes.Errors : ExitCodes.Success;
        }
        finally
        {
            foreach (var folder in temporary)
            {
                try
                {
                    Directory.Delete(folder, recursive: true);
                }
                catch (IOException)
                {
                }
            }
        }
    }

    private static Compilation Load(string path, string shownAs)
    {
        if (Directory.Exists(path) && !WorkspaceFiles.Find([path]).Any())
        {
            // An empty side (a workspace that did not exist yet at that revision) is an empty workspace.
            return Compilation.Create([]);
        }

        try
        {
            return WorkspaceLoader.Load([path]);
        }
        catch (UsageException exception) when (path != shownAs)
        {
            throw new UsageException($"{shownAs}: {exception.Message}");
        }
    }

    private static string Resolve(string side, string other, List<string> temporary)
    {
        if (!side.StartsWith("git:", StringComparison.Ordinal))
        {
            if (!File.Exists(side) && !Directory.Exists(side))
            {
                throw new UsageException($"{side}: no such file or folder; give a folder, a .journey file or git:REV");
            }

            return side;
        }

        var spec = side["git:".Length..];
        string revision;
        string path;
        var colon = spec.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0)
        {
            revision = spec[..colon];
            path = spec[(colon + 1)..];
        }
        else if (!other.StartsWith("git:", StringComparison.Ordinal))
        {
            revision = spec;
            path = other;
        }
        else if (other["git:".Length..].IndexOf(':', StringComparison.Ordinal) is var otherColon and >= 0)
        {
            revision = spec;
            path = other[("git:".Length + otherColon + 1)..];
        }
        else
        {
            throw new UsageException($"{side}: say which path to compare: git:REV:PATH, or a folder on the other side");
        }

        if (revision.Length == 0)
        {
            throw new UsageException($"{side}: give a revision after 'git:' (a commit, branch or tag, e.g. git:HEAD~1)");
        }

        var full = Path.GetFullPath(path.Length == 0 ? "." : path);
        var probe = Directory.Exists(full) ? full : Path.GetDirectoryName(full)!;
        while (!Directory.Exists(probe))
        {
            probe = Path.GetDirectoryName(probe) ?? throw new UsageException($"{side}: not inside a git repository");
        }

        var root = Git(probe, ["rev-parse", "--show-toplevel"], side).Trim();
        var relative = Path.GetRelativePath(root, full).Replace(Path.DirectorySeparatorChar, '/');
        if (relative.StartsWith("..", StringComparison.Ordinal))
        {
            throw new UsageException($"{side}: {path} is outside the repository at {root}");
        }

        var folder = Directory.CreateTempSubdirectory("lifecycle-diff-").FullName;
        temporary.Add(folder);
        Extract(root, revision, relative, folder, side);
        var extracted = relative == "." ? folder : Path.Combine(folder, relative);
        if (!File.Exists(extracted) && !Directory.Exists(extracted))
        {
            // The path did not exist at that revision: compare with an empty workspace.
            Directory.CreateDirectory(extracted);
        }

        return extracted;
    }

    private static void Extract(string root, string revision, string relative, string folder, string side)
    {
        var start = GitStart(root, ["archive", "--format=tar", revision, "--", relative]);
        using var process = Process.Start(start) ?? throw new UsageException($"{side}: cannot run git");
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            using var reader = new TarReader(process.StandardOutput.BaseStream);
            while (reader.GetNextEntry() is { } entry)
            {
                if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile))
                {
                    continue;
                }

                var target = Path.GetFullPath(Path.Combine(folder, entry.Name));
                if (!target.StartsWith(folder, StringComparison.Ordinal))
                {
                    continue;
                }

                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                entry.ExtractToFile(target, overwrite: true);
            }
        }
        catch (Exception exception) when (exception is EndOfStreamException or InvalidDataException or FormatException)
        {
            // git wrote no archive (a bad revision): its exit code and message say why, below.
        }

        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            var message = errors.Result.Trim();
            if (message.Contains("did not match any files", StringComparison.Ordinal))
            {
                return;
            }

            throw new UsageException($"{side}: git archive failed: {FirstLine(message)}");
        }
    }

    private static string Git(string directory, string[] args, string side)
    {
        try
        {
            using var process = Process.Start(GitStart(directory, args)) ?? throw new UsageException($"{side}: cannot run git");
            var output = process.StandardOutput.ReadToEnd();
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new UsageException($"{side}: {FirstLine(errors.Trim())}");
            }

            return output;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new UsageException($"{side}: git is not installed");
        }
    }

    private static ProcessStartInfo GitStart(string directory, string[] args)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }

    private static string FirstLine(string text) => text.Split('\n')[0];
}
