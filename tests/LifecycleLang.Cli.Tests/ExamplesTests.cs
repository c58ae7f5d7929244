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
}
