using LifecycleLang.Semantics;
using LifecycleLang.Syntax;

namespace LifecycleLang.Cli;

/// <summary>Reads and parses the workspace named on the command line; path problems become usage errors.</summary>
internal static class WorkspaceLoader
{
    public static Compilation Load(IReadOnlyList<string> paths)
    {
        if (paths.Count == 0)
        {
            throw new UsageException("give a workspace folder or .journey files, e.g. 'lifecycle check examples'");
        }

        try
        {
            var files = WorkspaceFiles.Find(paths);
            if (files.Count == 0)
            {
                throw new UsageException($"no .journey files found under {string.Join(", ", paths)}");
            }

            return Compilation.Create(files.Select(file => SyntaxTree.Parse(WorkspaceFiles.Read(file))));
        }
        catch (WorkspaceLoadException exception)
        {
            throw new UsageException(exception.Message);
        }
    }

    /// <summary>The folder that generated source paths are relative to: the workspace folder, or the current one.</summary>
    public static string RootOf(IReadOnlyList<string> paths) =>
        paths.Count == 1 && Directory.Exists(paths[0]) ? Path.GetFullPath(paths[0]) : Directory.GetCurrentDirectory();
}
