using LifecycleLang.TestKit;

namespace LifecycleLang.Cli.Tests;

public sealed class CheckCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lifecycle-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Acceptance_workspaces_check_clean()
    {
        foreach (var workspace in Directory.GetDirectories(RepoPaths.Acceptance).Select(d => Path.Combine(d, "workspace")))
        {
            var result = CliRunner.Run(_folder, "check", workspace);
            Assert.True(result.ExitCode == 0, $"{workspace}: {result.Stdout}{result.Stderr}");
            Assert.Contains("0 errors", result.Stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Errors_are_reported_in_compiler_format_with_exit_code_1()
    {
        File.WriteAllText(Path.Combine(_folder, "broken.journey"), "journey J {\n  entry on e\n  wait for e\n  send email t\n  wait 2\n}\n");
        var result = CliRunner.Run(_folder, "check", ".");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("broken.journey(3,13): error LL1001: expected 'up to' and a duration after 'wait for e', found 'send'", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("broken.journey(5,9): error LL1002:", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_path_is_a_usage_error_with_exit_code_2_and_no_stack_trace()
    {
        var result = CliRunner.Run(_folder, "check", "does-not-exist");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("does-not-exist: no such file or folder", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void No_arguments_is_a_usage_error()
    {
        var result = CliRunner.Run(_folder, "check");
        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public void Folder_without_journey_files_is_a_usage_error()
    {
        var result = CliRunner.Run(_folder, "check", ".");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no .journey files", result.Stderr, StringComparison.Ordinal);
    }
}
