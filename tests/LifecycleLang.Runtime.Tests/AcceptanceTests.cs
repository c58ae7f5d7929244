namespace LifecycleLang.Runtime.Tests;

/// <summary>The shared acceptance cases: the real events.jsonl, projected like project_trace.py,
/// compared with expected.txt exactly.</summary>
public sealed class AcceptanceTests
{
    public static TheoryData<string> Cases => new() { "p1-trial", "p2-warm-leads", "p3-winback" };

    [Theory]
    [MemberData(nameof(Cases))]
    public void TraceMatchesExpected(string name)
    {
        var workspace = name switch
        {
            "p1-trial" => AcceptanceWorkspaces.Trial(),
            "p2-warm-leads" => AcceptanceWorkspaces.WarmLeads(),
            _ => AcceptanceWorkspaces.WinBack(),
        };
        var folder = Path.Combine(RepoPaths.Acceptance, name);
        var (lines, _, _) = SimulationHarness.Run(workspace, File.ReadAllText(Path.Combine(folder, "events.jsonl")));
        var expected = File.ReadAllLines(Path.Combine(folder, "expected.txt")).Where(l => l.Length > 0).ToList();
        var actual = TraceProjection.Project(lines);
        Assert.Equal(string.Join("\n", expected), string.Join("\n", actual));
    }
}
