using LifecycleLang.TestKit;

namespace LifecycleLang.Cli.Tests;

/// <summary>Every example in examples/ checks with no error and no warning and is in the canonical layout.</summary>
public sealed class ExamplesTests
{
    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(Path.Combine(RepoPaths.Root, "examples")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(dir));
        }

        return data;
    }

    [Fact]
    public void The_gallery_has_the_examples()
    {
        Assert.True(Examples().Count >= 8);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_checks_clean_and_is_formatted(string name)
    {
        var folder = Path.Combine(RepoPaths.Root, "examples", name);
        var check = CliRunner.Run(folder, "check", ".");
        Assert.True(check.ExitCode == 0, check.Stdout + check.Stderr);
        Assert.Contains("0 errors, 0 warnings", check.Stdout, StringComparison.Ordinal);

        var fmt = CliRunner.Run(folder, "fmt", "--check", ".");
        Assert.True(fmt.ExitCode == 0, $"examples/{name} is not formatted (run ./lifecycle fmt examples):\n{fmt.Stdout}{fmt.Stderr}");

        Assert.True(File.Exists(Path.Combine(folder, "events.jsonl")), $"examples/{name} has no events.jsonl");
        var readme = File.ReadAllText(Path.Combine(folder, "README.md"));
        Assert.Contains("<!-- simulated-report:start -->", readme, StringComparison.Ordinal);
        Assert.Contains("<!-- simulated-report:end -->", readme, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_simulates_and_its_readme_shows_the_current_report(string name)
    {
        var folder = Path.Combine(RepoPaths.Root, "examples", name);
        var report = CliRunner.Run(folder, "simulate", ".", "--events", "events.jsonl", "--report");
        Assert.True(report.ExitCode == 0, report.Stdout + report.Stderr);
        Assert.Contains("rejected input lines: 0", report.Stdout, StringComparison.Ordinal);

        var readme = File.ReadAllText(Path.Combine(folder, "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf("<!-- simulated-report:start -->", StringComparison.Ordinal);
        var end = readme.IndexOf("<!-- simulated-report:end -->", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"examples/{name}/README.md has no simulated-report markers");
        Assert.True(readme[start..end].Contains(report.Stdout.TrimEnd(), StringComparison.Ordinal),
            $"examples/{name}/README.md shows an outdated report; run examples/update-reports.sh");
    }
}
