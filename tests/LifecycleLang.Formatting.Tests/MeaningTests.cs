using LifecycleLang.Semantics;
using LifecycleLang.Syntax;
using LifecycleLang.TestKit;

namespace LifecycleLang.Formatting.Tests;

/// <summary>
/// Over every .journey file of the repository and of ../shared (files with syntax errors are skipped,
/// as the formatter leaves them alone): formatting is idempotent, keeps every token and every comment,
/// and the checker says the same about the formatted file.
/// </summary>
public sealed partial class MeaningTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in RepoPaths.AllJourneyFiles())
        {
            data.Add(Path.GetRelativePath(RepoPaths.Root, file));
        }

        return data;
    }

    [Fact]
    public void There_are_files_to_format()
    {
        Assert.True(RepoPaths.AllJourneyFiles().Count > 20, "expected the repository's and ../shared's .journey files");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Formatting_is_idempotent(string relative)
    {
        var tree = Parse(relative);
        if (tree.HasErrors)
        {
            return;
        }

        var once = JourneyFormatter.Format(tree);
        var twice = JourneyFormatter.Format(once);
        if (once != twice)
        {
            Assert.Fail($"{relative}: formatting twice differs from once:\n{LineDiff.Unified(once, twice)}");
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Formatting_keeps_tokens_comments_and_diagnostics(string relative)
    {
        var tree = Parse(relative);
        if (tree.HasErrors)
        {
            return;
        }

        var formatted = SyntaxTree.Parse(JourneyFormatter.Format(tree), tree.Path);
        Assert.False(formatted.HasErrors, string.Join("\n", formatted.Diagnostics));
        Assert.Equal(Tokens(tree), Tokens(formatted));
        Assert.Equal(Comments(tree), Comments(formatted));
        Assert.Equal(Diagnostics(tree), Diagnostics(formatted));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Prefixes_never_throw_and_stay_token_equal(string relative)
    {
        var text = Parse(relative).Text.ToString();
        var step = Math.Max(1, text.Length / 40);
        for (var length = 0; length <= text.Length; length += step)
        {
            var tree = SyntaxTree.Parse(text[..length]);
            var formatted = JourneyFormatter.Format(tree);
            if (tree.HasErrors)
            {
                Assert.Equal(text[..length], formatted);
                continue;
            }

            Assert.Equal(Tokens(tree), Tokens(SyntaxTree.Parse(formatted)));
            Assert.Equal(formatted, JourneyFormatter.Format(formatted));
        }
    }

    private static SyntaxTree Parse(string relative)
    {
        var path = Path.GetFullPath(Path.Combine(RepoPaths.Root, relative));
        return SyntaxTree.Parse(File.ReadAllText(path), path);
    }

    private static List<string> Tokens(SyntaxTree tree) =>
        [.. tree.Root.DescendantTokens().Select(t => $"{t.Kind} {t.Text}")];

    private static List<string> Comments(SyntaxTree tree) =>
        [.. tree.Root.DescendantTokens().SelectMany(t => t.LeadingTrivia).Where(t => t.IsComment).Select(t => t.Text.TrimEnd())];

    // The checker's findings without positions (the layout moves them, also those quoted in messages).
    private static List<string> Diagnostics(SyntaxTree tree) =>
        [.. Compilation.Create([tree]).GetDiagnostics().Select(d => $"{d.Code} {d.Severity} {Position().Replace(d.Message, "(…)")}")];

    [System.Text.RegularExpressions.GeneratedRegex(@"(:\d+(,\d+)?|\(\d+,\d+\))")]
    private static partial System.Text.RegularExpressions.Regex Position();
}
