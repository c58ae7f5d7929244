using System.Collections.Concurrent;
using LifecycleLang.Hosting;
using LifecycleLang.Runtime;
using LifecycleLang.Semantics;
using LifecycleLang.Service;
using LifecycleLang.Syntax;

namespace LifecycleLang.Service.Tests;

/// <summary>Acceptance workspaces compiled the way `lifecycle run PATH` compiles them, once per test run.</summary>
internal static class TestWorkspace
{
    private static readonly ConcurrentDictionary<string, (CompiledWorkspace Workspace, string Version)> Cache = new(StringComparer.Ordinal);

    public static string Folder(string name) => Path.Combine(RepoPaths.Acceptance, name);

    public static string Events(string name) => File.ReadAllText(Path.Combine(Folder(name), "events.jsonl"));

    public static CompiledWorkspace Get(string name) => Load(name).Workspace;

    public static string Version(string name) => Load(name).Version;

    private static (CompiledWorkspace Workspace, string Version) Load(string name) => Cache.GetOrAdd(name, n =>
    {
        var folder = Path.Combine(Folder(n), "workspace");
        var compilation = Compilation.Create(WorkspaceFiles.Find([folder]).Select(f => SyntaxTree.Parse(WorkspaceFiles.Read(f))));
        Assert.False(compilation.HasErrors, $"{folder} has errors");
        var built = WorkspaceBuilder.Build(compilation, folder);
        Assert.True(built.Success, string.Join("\n", built.Errors));
        return (new CompiledWorkspace(JourneyAssemblyLoader.Load(built.Assembly!, built.Pdb)), WorkspaceVersion.Of(built.Assembly!));
    });
}
