namespace LifecycleLang.Cli.Tests;

public sealed class SimulateCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lifecycle-sim-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string> Cases() => new(RepoPaths.AcceptanceCases());

    [Theory]
    [MemberData(nameof(Cases))]
    public void Simulate_reproduces_the_acceptance_trace(string name)
    {
        var folder = Path.Combine(RepoPaths.Acceptance, name);
        var result = CliRunner.Run(_folder, "simulate", Path.Combine(folder, "workspace"), "--events", Path.Combine(folder, "events.jsonl"));

        Assert.True(result.ExitCode == 0, result.Stderr);
        var expected = File.ReadAllLines(Path.Combine(folder, "expected.txt")).Where(l => l.Length > 0);
        Assert.Equal(string.Join("\n", expected), string.Join("\n", TraceProjection.Project(result.Stdout.Split('\n'))));
    }

    [Fact]
    public void Build_is_deterministic_and_simulate_can_load_the_assembly()
    {
        var folder = Path.Combine(RepoPaths.Acceptance, "p1-trial");
        var workspace = Path.Combine(folder, "workspace");
        var first = CliRunner.Run(_folder, "build", workspace, "-o", "one", "--emit-cs");
        var second = CliRunner.Run(_folder, "build", workspace, "-o", "two");
        Assert.True(first.ExitCode == 0, first.Stdout + first.Stderr);
        Assert.True(second.ExitCode == 0, second.Stdout + second.Stderr);

        foreach (var file in new[] { "LifecycleJourneys.dll", "LifecycleJourneys.pdb" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(_folder, "one", file)), File.ReadAllBytes(Path.Combine(_folder, "two", file)));
        }

        Assert.Contains("#line", File.ReadAllText(Path.Combine(_folder, "one", "Journeys.g.cs")), StringComparison.Ordinal);

        var fromAssembly = CliRunner.Run(_folder, "simulate", "--assembly", Path.Combine("one", "LifecycleJourneys.dll"), "--events", Path.Combine(folder, "events.jsonl"));
        var fromSource = CliRunner.Run(_folder, "simulate", workspace, "--events", Path.Combine(folder, "events.jsonl"));
        Assert.Equal(0, fromAssembly.ExitCode);
        Assert.Equal(fromSource.Stdout, fromAssembly.Stdout);
    }

    [Fact]
    public void Report_shows_journeys_steps_and_funnels()
    {
        var example = Path.Combine(RepoPaths.Root, "examples", "black-friday");
        var result = CliRunner.Run(_folder, "simulate", example, "--events", Path.Combine(example, "events.jsonl"), "--report");

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("journey BlackFriday", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("first_offer", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("funnel B2B", result.Stdout, StringComparison.Ordinal);

        var json = CliRunner.Run(_folder, "simulate", example, "--events", Path.Combine(example, "events.jsonl"), "--report", "--report-format", "json");
        using var document = System.Text.Json.JsonDocument.Parse(json.Stdout);
        Assert.Equal("BlackFriday", document.RootElement.GetProperty("journeys")[0].GetProperty("name").GetString());
    }

    [Fact]
    public void Until_stops_the_clock()
    {
        var folder = Path.Combine(RepoPaths.Acceptance, "p1-trial");
        var result = CliRunner.Run(_folder, "simulate", Path.Combine(folder, "workspace"), "--events", Path.Combine(folder, "events.jsonl"), "--until", "2026-02-03T00:00:00Z");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("\"at\":\"2026-02-05", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"kind\":\"waiting\"", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_usage_is_exit_code_2_with_a_clear_message()
    {
        var folder = Path.Combine(RepoPaths.Acceptance, "p1-trial");
        var badUntil = CliRunner.Run(_folder, "simulate", Path.Combine(folder, "workspace"), "--events", Path.Combine(folder, "events.jsonl"), "--until", "tomorrow");
        Assert.Equal(2, badUntil.ExitCode);
        Assert.Contains("RFC 3339", badUntil.Stderr, StringComparison.Ordinal);

        var noEvents = CliRunner.Run(_folder, "simulate", Path.Combine(folder, "workspace"), "--events", "missing.jsonl");
        Assert.Equal(2, noEvents.ExitCode);
        Assert.Contains("missing.jsonl", noEvents.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", noEvents.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workspace_with_errors_is_not_built()
    {
        File.WriteAllText(Path.Combine(_folder, "bad.journey"), "journey J {\n  send email nope\n}\n");
        var result = CliRunner.Run(_folder, "build", ".", "-o", "out");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error LL", result.Stdout, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_folder, "out")));
    }
}
