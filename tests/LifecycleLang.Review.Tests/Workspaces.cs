using LifecycleLang.Semantics;
using LifecycleLang.Syntax;
using LifecycleLang.TestKit;

namespace LifecycleLang.Review.Tests;

internal static class Workspaces
{
    /// <summary>The acceptance workspaces and every example, by a short name.</summary>
    public static IReadOnlyList<(string Name, string Folder)> All()
    {
        var list = new List<(string, string)>();
        if (Directory.Exists(RepoPaths.Acceptance))
        {
            foreach (var dir in Directory.GetDirectories(RepoPaths.Acceptance).Order(StringComparer.Ordinal))
            {
                list.Add(("acceptance-" + Path.GetFileName(dir), Path.Combine(dir, "workspace")));
            }
        }

        foreach (var dir in Directory.GetDirectories(Path.Combine(RepoPaths.Root, "examples")).Order(StringComparer.Ordinal))
        {
            list.Add(("example-" + Path.GetFileName(dir), dir));
        }

        return list;
    }

    public static Compilation Load(string folder) =>
        Compilation.Create(WorkspaceFiles.Find([folder]).Select(f => SyntaxTree.Parse(WorkspaceFiles.Read(f))));
}
