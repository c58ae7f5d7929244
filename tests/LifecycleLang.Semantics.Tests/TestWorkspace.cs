using LifecycleLang.Syntax;

namespace LifecycleLang.Semantics.Tests;

/// <summary>Loads a workspace folder from disk, or builds one from strings, into a compilation.</summary>
internal static class TestWorkspace
{
    public static Compilation Load(string folder) =>
        Compilation.Create(WorkspaceFiles.Find([folder]).Select(path => SyntaxTree.Parse(WorkspaceFiles.Read(path))));

    /// <summary>An in-memory workspace: .journey sources by path, and other files (templates) the compilation may read.</summary>
    public static Compilation FromSources(IReadOnlyDictionary<string, string> files)
    {
        var trees = files.Where(f => f.Key.EndsWith(".journey", StringComparison.Ordinal)).Select(f => SyntaxTree.Parse(f.Value, f.Key));
        return Compilation.Create(trees, new CompilationOptions(path => files.TryGetValue(path, out var text) ? text : null));
    }

    public static Compilation FromSource(string source) => FromSources(new Dictionary<string, string> { ["main.journey"] = source });
}
