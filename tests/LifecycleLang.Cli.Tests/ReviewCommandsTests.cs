using System.Diagnostics;
using LifecycleLang.TestKit;

namespace LifecycleLang.Cli.Tests;

/// <summary>`lifecycle fmt`, `lifecycle graph` and `lifecycle diff` run as processes.</summary>
public sealed class ReviewCommandsTests : IDisposable
{
    private const string Unformatted = "event e { }\ntemplate t webhook {   url \"https://x.example\" }\njourney J {   entry on e\n  send webhook t // keep me\n}\n";

    private readonly string _folder = Directory.CreateTempSubdirectory("lifecycle-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Fmt_rewrites_only_files_that_change()
    {
        File.WriteAllText(Path.Combine(_folder, "a.journey"), Unformatted);
        File.WriteAllText(Path.Combine(_folder, "b.journey"), "event f { }\n");
        var before = File.GetLastWriteTimeUtc(Path.Combine(_folder, "b.journey"));

        var result = CliRunner.Run(_folder, "fmt", ".");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("formatted a.journey", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("b.journey", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(before, File.GetLastWriteTimeUtc(Path.Combine(_folder, "b.journey")));
        var text = File.ReadAllText(Path.Combine(_folder, "a.journey"));
        Assert.Contains("  send webhook t  // keep me\n", text, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_folder, "*.tmp", SearchOption.AllDirectories));
        Assert.Equal(0, CliRunner.Run(_folder, "fmt", "--check", ".").ExitCode);
    }

    [Fact]
    public void Fmt_check_lists_unformatted_files_and_exits_1_without_writing()
    {
        File.WriteAllText(Path.Combine(_folder, "a.journey"), Unformatted);
        var result = CliRunner.Run(_folder, "fmt", "--check", ".");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("a.journey\n", result.Stdout);
        Assert.Equal(Unformatted, File.ReadAllText(Path.Combine(_folder, "a.journey")));
    }

    [Fact]
    public void Fmt_leaves_a_file_with_syntax_errors_untouched_and_names_its_first_error()
    {
        const string broken = "journey J {\n    entry on e\n  wait for e\n}\n";
        File.WriteAllText(Path.Combine(_folder, "broken.journey"), broken);
        var result = CliRunner.Run(_folder, "fmt", "broken.journey");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("broken.journey: left unchanged because it has syntax errors; the first: broken.journey(", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("): error LL1", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(broken, File.ReadAllText(Path.Combine(_folder, "broken.journey")));
    }

    [Fact]
    public void Graph_prints_mermaid_and_dot()
    {
        var example = Path.Combine(RepoPaths.Root, "examples", "black-friday");
        var mermaid = CliRunner.Run(_folder, "graph", example, "--journey", "BlackFriday");
        Assert.Equal(0, mermaid.ExitCode);
        Assert.StartsWith("flowchart TD\n", mermaid.Stdout, StringComparison.Ordinal);
        Assert.Contains("s_first_offer[\"first_offer:<br/>send email bf_offer_1\"]", mermaid.Stdout, StringComparison.Ordinal);

        var dot = CliRunner.Run(_folder, "graph", example, "--journey", "BlackFriday", "--format", "dot");
        Assert.Equal(0, dot.ExitCode);
        Assert.StartsWith("digraph \"BlackFriday\" {", dot.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Graph_of_an_unknown_journey_is_a_usage_error_with_did_you_mean()
    {
        var example = Path.Combine(RepoPaths.Root, "examples", "funnel-stages");
        var result = CliRunner.Run(_folder, "graph", example, "--journey", "Convrt");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("there is no journey 'Convrt'; did you mean 'Convert'? Journeys: Convert,", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_exits_0_without_semantic_change_and_1_with_changes()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "old"));
        Directory.CreateDirectory(Path.Combine(_folder, "new"));
        File.WriteAllText(Path.Combine(_folder, "old", "a.journey"), Unformatted);
        File.WriteAllText(Path.Combine(_folder, "new", "a.journey"), Unformatted.Replace("  send webhook t", "  wait 1 day\n  send webhook t", StringComparison.Ordinal));

        var same = CliRunner.Run(_folder, "diff", "old", "old");
        Assert.Equal(0, same.ExitCode);
        Assert.Equal("no semantic change\n", same.Stdout);

        var changed = CliRunner.Run(_folder, "diff", "old", "new");
        Assert.Equal(1, changed.ExitCode);
        Assert.Contains("journey J: step 1 added: `wait 1 day`", changed.Stdout, StringComparison.Ordinal);

        var markdown = CliRunner.Run(_folder, "diff", "old", "new", "--format", "markdown");
        Assert.Equal(1, markdown.ExitCode);
        Assert.StartsWith("### Journey changes", markdown.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_reads_a_git_revision_of_the_same_path()
    {
        var repo = Path.Combine(_folder, "repo");
        Directory.CreateDirectory(Path.Combine(repo, "ws"));
        File.WriteAllText(Path.Combine(repo, "ws", "a.journey"), Unformatted);
        Git(repo, "init", "-q");
        Git(repo, "add", ".");
        Git(repo, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "one");
        File.WriteAllText(Path.Combine(repo, "ws", "a.journey"), Unformatted.Replace("send webhook t", "exit", StringComparison.Ordinal));

        var result = CliRunner.Run(repo, "diff", "git:HEAD", "ws");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("journey J: ", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("`exit`", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run(repo, "diff", "git:HEAD", "git:HEAD:ws").ExitCode);
        Assert.Equal(2, CliRunner.Run(repo, "diff", "git:HEAD", "git:HEAD").ExitCode);
        Assert.Equal(2, CliRunner.Run(repo, "diff", "git:no-such-revision", "ws").ExitCode);
    }

    [Fact]
    public void Diff_of_a_missing_folder_is_a_usage_error()
    {
        var result = CliRunner.Run(_folder, "diff", "nope", "nope2");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("nope: no such file or folder", result.Stderr, StringComparison.Ordinal);
    }

    private static void Git(string directory, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', args)}: {process.StandardError.ReadToEnd()}");
    }
}
