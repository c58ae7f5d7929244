namespace LifecycleLang.Emit.Tests;

/// <summary>The shared acceptance cases, end to end: check → C# → Roslyn → load → simulate → project.</summary>
public sealed class AcceptanceTests
{
    public static TheoryData<string> Cases() => new(RepoPaths.AcceptanceCases());

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compiled_workspace_reproduces_the_expected_trace(string name)
    {
        var folder = Path.Combine(RepoPaths.Acceptance, name);
        var workspace = Path.Combine(folder, "workspace");
        var definition = CompiledWorkspace.Load(CompiledWorkspace.Check(workspace), workspace);

        var trace = CompiledWorkspace.Simulate(definition, File.ReadAllText(Path.Combine(folder, "events.jsonl")));

        var expected = File.ReadAllLines(Path.Combine(folder, "expected.txt")).Where(l => l.Length > 0);
        var actual = TraceProjection.Project(trace.Split('\n'));
        Assert.Equal(string.Join("\n", expected), string.Join("\n", actual));
    }
}
