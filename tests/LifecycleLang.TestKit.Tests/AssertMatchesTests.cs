using Xunit.Sdk;

// These tests set LIFECYCLE_UPDATE_BASELINES for the whole process; nothing may run beside them.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace LifecycleLang.TestKit.Tests;

/// <summary>The baseline helper can fail (with a readable diff), and the update variable rewrites files. Every test
/// works in its own temporary folder and sets the variable explicitly, so it behaves the same when the whole
/// suite is run with LIFECYCLE_UPDATE_BASELINES=1.</summary>
public sealed class AssertMatchesTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("lifecycle-baseline-").FullName;
    private readonly string? saved = Environment.GetEnvironmentVariable(Baseline.UpdateVariable);

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(Baseline.UpdateVariable, saved);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void MatchingOutputPasses()
    {
        Comparing();
        var path = Write("expected.txt", "one\r\ntwo");
        Baseline.AssertMatches(path, "one\ntwo\n");
    }

    [Fact]
    public void MismatchThrowsWithALineDiffAndTheAcceptCommand()
    {
        Comparing();
        var path = Write("expected.txt", "a\nb\nc\nd\ne\nf\ng\nh\ni\n");

        var error = Assert.ThrowsAny<XunitException>(() => Baseline.AssertMatches(path, "a\nb\nc\nd\nE\nf\ng\nh\ni\n"));

        Assert.Contains($"Baseline {path} differs (- expected, + actual):", error.Message, StringComparison.Ordinal);
        // Removals before additions, three lines of context each side, nothing else.
        Assert.Contains("  b\n  c\n  d\n- e\n+ E\n  f\n  g\n  h\n", error.Message.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.DoesNotContain("  a\n", error.Message.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("LIFECYCLE_UPDATE_BASELINES=1 dotnet test", error.Message, StringComparison.Ordinal);
        Assert.Equal("a\nb\nc\nd\ne\nf\ng\nh\ni\n", File.ReadAllText(path));
    }

    [Fact]
    public void TrailingBlankLinesAreSignificant()
    {
        Comparing();
        var path = Write("expected.txt", "a\n");
        Assert.ThrowsAny<XunitException>(() => Baseline.AssertMatches(path, "a\n\n"));
    }

    [Fact]
    public void MissingBaselineThrowsWithTheActualOutput()
    {
        Comparing();
        var path = Path.Combine(folder, "missing.txt");

        var error = Assert.ThrowsAny<XunitException>(() => Baseline.AssertMatches(path, "new output"));

        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
        Assert.Contains("new output", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void UpdateVariableRewritesAChangedBaseline()
    {
        var path = Write("expected.txt", "old\n");
        Environment.SetEnvironmentVariable(Baseline.UpdateVariable, "1");

        Baseline.AssertMatches(path, "new\r\nlines");

        Assert.Equal("new\nlines\n", File.ReadAllText(path));
    }

    [Fact]
    public void UpdateVariableCreatesAMissingBaselineAndItsFolder()
    {
        var path = Path.Combine(folder, "sub", "expected.txt");
        Environment.SetEnvironmentVariable(Baseline.UpdateVariable, "1");

        Baseline.AssertMatches(path, "created");

        Assert.Equal("created\n", File.ReadAllText(path));
    }

    [Fact]
    public void UpdateVariableLeavesAnEquivalentBaselineUntouched()
    {
        var path = Write("expected.txt", "same\r\n");
        var written = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, written);
        Environment.SetEnvironmentVariable(Baseline.UpdateVariable, "1");

        Baseline.AssertMatches(path, "same\n");

        Assert.Equal("same\r\n", File.ReadAllText(path));
        Assert.Equal(written, File.GetLastWriteTimeUtc(path));
    }

    [Fact]
    public void OnlyTheValueOneUpdates()
    {
        var path = Write("expected.txt", "old\n");
        Environment.SetEnvironmentVariable(Baseline.UpdateVariable, "true");

        Assert.ThrowsAny<XunitException>(() => Baseline.AssertMatches(path, "new\n"));
        Assert.Equal("old\n", File.ReadAllText(path));
    }

    [Fact]
    public void BaselinesInTheRepositoryAreNamedRelativeToItWithTheirTestProject()
    {
        Comparing();
        var path = Path.Combine(Baseline.SourceDirectory(), "no-such-baseline.txt");

        var error = Assert.ThrowsAny<XunitException>(() => Baseline.AssertMatches(path, "x"));

        Assert.Contains("Baseline tests/LifecycleLang.TestKit.Tests/no-such-baseline.txt does not exist", error.Message, StringComparison.Ordinal);
        Assert.Contains("LIFECYCLE_UPDATE_BASELINES=1 dotnet test tests/LifecycleLang.TestKit.Tests", error.Message, StringComparison.Ordinal);
    }

    private void Comparing() => Environment.SetEnvironmentVariable(Baseline.UpdateVariable, null);

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
