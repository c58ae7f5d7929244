using LifecycleLang.Syntax.Text;

namespace LifecycleLang.Semantics;

/// <summary>Finds and reads the .journey files of a workspace (language.md §1: every file under one folder).</summary>
public static class WorkspaceFiles
{
    public const string Extension = ".journey";

    /// <summary>Every .journey file under the given folders, plus the files given directly; sorted ordinally.</summary>
    /// <exception cref="WorkspaceLoadException">A path that does not exist or cannot be read.</exception>
    public static IReadOnlyList<string> Find(IEnumerable<string> paths)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*" + Extension, SearchOption.AllDirectories))
                {
                    if (!IsIgnored(path, file))
                    {
                        files.Add(Normalize(file));
                    }
                }
            }
            else if (File.Exists(path))
            {
                files.Add(Normalize(path));
            }
            else
            {
                throw new WorkspaceLoadException($"{path}: no such file or folder; give a .journey file or a folder that contains some");
            }
        }

        return [.. files];
    }

    public static SourceText Read(string path)
    {
        try
        {
            return new SourceText(File.ReadAllText(path), path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new WorkspaceLoadException($"{path}: cannot read the file ({exception.Message})");
        }
    }

    // Build output and dependencies are not part of the workspace.
    private static bool IsIgnored(string root, string file)
    {
        var relative = Path.GetRelativePath(root, file);
        return relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "node_modules" or ".git");
    }

    private static string Normalize(string path) => path.StartsWith("./", StringComparison.Ordinal) ? path[2..] : path;
}
