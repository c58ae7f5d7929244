using System.Diagnostics;
using LifecycleLang.TestKit;
using Xunit.Abstractions;

namespace LifecycleLang.Review.Tests;

/// <summary>Every journey of the acceptance workspaces and examples, drawn in Mermaid and dot (Baselines/graphs).</summary>
public sealed class GraphTests(ITestOutputHelper output)
{
    private static readonly string Folder = Path.Combine(Baseline.SourceDirectory(), "Baselines", "graphs");

    public static TheoryData<string> WorkspaceNames()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in Workspaces.All())
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(WorkspaceNames))]
    public void Journeys_draw_as_in_the_baselines(string workspace)
    {
        var folder = Workspaces.All().Single(w => w.Name == workspace).Folder;
        var model = Workspaces.Load(folder).GetSemanticModel();
        Assert.NotEmpty(model.Journeys);
        foreach (var journey in model.Journeys)
        {
            Baseline.AssertMatches(Path.Combine(Folder, workspace, journey.Name + ".mmd"), MermaidGraph.Render(model, journey.Name));
            Baseline.AssertMatches(Path.Combine(Folder, workspace, journey.Name + ".dot"), DotGraph.Render(model, journey.Name));
        }
    }

    [Theory]
    [MemberData(nameof(WorkspaceNames))]
    public void Graphviz_accepts_the_dot_output(string workspace)
    {
        if (!DotIsInstalled())
        {
            output.WriteLine("SKIPPED: Graphviz 'dot' is not installed (scripts/setup.sh installs it); the dot output was not validated.");
            return;
        }

        var folder = Workspaces.All().Single(w => w.Name == workspace).Folder;
        var model = Workspaces.Load(folder).GetSemanticModel();
        foreach (var journey in model.Journeys)
        {
            var (code, stdout, stderr) = RunDot(DotGraph.Render(model, journey.Name));
            Assert.True(code == 0, $"dot rejected {workspace}/{journey.Name}: {stderr}");
            Assert.Contains("<svg", stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Node_ids_come_from_step_ids_so_an_inserted_step_changes_few_lines()
    {
        const string before = "event e { }\ntemplate t webhook { url \"u\" }\njourney J {\n  entry on e\n  first: send webhook t\n  wait 1 day\n  if contact.id == \"x\" { send webhook t }\n}\n";
        var after = before.Replace("  wait 1 day\n", "  wait 1 day\n  send webhook t\n", StringComparison.Ordinal);
        var a = MermaidGraph.Render(Load(before), "J").Split('\n');
        var b = MermaidGraph.Render(Load(after), "J").Split('\n');
        Assert.Contains("  s_first[\"first:<br/>send webhook t\"]", a);
        Assert.True(b.Except(a).Count() <= 8, string.Join("\n", b.Except(a)));
    }

    [Fact]
    public void An_unknown_journey_lists_the_journeys_there_are()
    {
        var model = Load("event e { }\njourney Welcome {\n  entry on e\n  exit\n}\n");
        var exception = Assert.Throws<UnknownJourneyException>(() => MermaidGraph.Render(model, "Welcom"));
        Assert.Equal(["Welcome"], exception.Journeys);
    }

    private static Semantics.SemanticModel Load(string text) =>
        Semantics.Compilation.Create([Syntax.SyntaxTree.Parse(text, "main.journey")]).GetSemanticModel();

    private static bool DotIsInstalled()
    {
        try
        {
            return RunDot("digraph g { a -> b; }").Code == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static (int Code, string Stdout, string Stderr) RunDot(string input)
    {
        var start = new ProcessStartInfo("dot", "-Tsvg")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
