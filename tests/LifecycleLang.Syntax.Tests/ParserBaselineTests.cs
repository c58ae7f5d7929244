using LifecycleLang.TestKit;

namespace LifecycleLang.Syntax.Tests;

/// <summary>
/// One baseline per group of constructs: Baselines/Parsing/X.journey parses without errors into the
/// tree in X.tree.txt; Baselines/Recovery/X.journey reports the errors in X.diagnostics.txt and still
/// yields a tree that prints back to the input.
/// </summary>
public sealed class ParserBaselineTests
{
    private static readonly string BaselineRoot = Path.Combine(Baseline.SourceDirectory(), "Baselines");

    public static TheoryData<string> ParsingCases() => Cases("Parsing");

    public static TheoryData<string> RecoveryCases() => Cases("Recovery");

    [Theory]
    [MemberData(nameof(ParsingCases))]
    public void Parses_every_construct(string name)
    {
        var path = Path.Combine(BaselineRoot, "Parsing", name + ".journey");
        var tree = SyntaxTree.Parse(File.ReadAllText(path), name + ".journey");

        Assert.Empty(tree.Diagnostics.Select(d => d.ToString()));
        Baseline.AssertMatches(Path.ChangeExtension(path, ".tree.txt"), SyntaxPrinter.Print(tree.Root));
    }

    [Theory]
    [MemberData(nameof(RecoveryCases))]
    public void Reports_every_error_and_recovers(string name)
    {
        var path = Path.Combine(BaselineRoot, "Recovery", name + ".journey");
        var text = File.ReadAllText(path);
        var tree = SyntaxTree.Parse(text, name + ".journey");

        Assert.True(tree.Diagnostics.Length >= 2, $"expected several errors, got: {string.Join("\n", tree.Diagnostics)}");
        Assert.Equal(text, tree.Root.ToFullString());
        SpanChecker.AssertConsistent(tree);
        Baseline.AssertMatches(Path.ChangeExtension(path, ".diagnostics.txt"), DiagnosticPrinter.Annotate(tree.Text, tree.Diagnostics));
    }

    private static TheoryData<string> Cases(string folder)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(BaselineRoot, folder), "*.journey").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }
}
