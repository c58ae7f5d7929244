using LifecycleLang.Formatting;
using LifecycleLang.Semantics;
using LifecycleLang.Syntax;

namespace LifecycleLang.Emit.Tests;

/// <summary>
/// `lifecycle fmt` changes layout only: a workspace and its formatted copy give the same simulator
/// trace, byte for byte, on the same inputs (acceptance cases and examples).
/// </summary>
public sealed class FormattingPreservesMeaningTests
{
    public static TheoryData<string> Workspaces()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Directory.GetDirectories(RepoPaths.Acceptance).Order(StringComparer.Ordinal))
        {
            data.Add(folder);
        }

        foreach (var folder in Directory.GetDirectories(Path.Combine(RepoPaths.Root, "examples")).Order(StringComparer.Ordinal))
        {
            data.Add(folder);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Workspaces))]
    public void Formatted_workspace_gives_the_same_trace(string folder)
    {
        var workspace = Directory.Exists(Path.Combine(folder, "workspace")) ? Path.Combine(folder, "workspace") : folder;
        var events = File.ReadAllText(Path.Combine(folder, "events.jsonl"));
        var files = WorkspaceFiles.Find([workspace]);

        var original = Compilation.Create(files.Select(f => SyntaxTree.Parse(WorkspaceFiles.Read(f))));
        // Same paths (so `file` template bodies resolve the same way), formatted text.
        var formatted = Compilation.Create(files.Select(f => SyntaxTree.Parse(JourneyFormatter.Format(WorkspaceFiles.Read(f).Text, f), f)));

        var before = CompiledWorkspace.Simulate(CompiledWorkspace.Load(original, workspace), events);
        var after = CompiledWorkspace.Simulate(CompiledWorkspace.Load(formatted, workspace), events);

        Assert.NotEmpty(before);
        Assert.Equal(before, after);
    }
}
