using LifecycleLang.Syntax.Text;
using LifecycleLang.TestKit;

namespace LifecycleLang.Syntax.Tests;

/// <summary>The tree is lossless and its spans are exact, for every .journey file we have.</summary>
public sealed class RoundTripTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in RepoPaths.AllJourneyFiles())
        {
            data.Add(file);
        }

        return data;
    }

    [Fact]
    public void There_are_sample_files_to_check()
    {
        Assert.True(RepoPaths.AllJourneyFiles().Count >= 3, "expected the acceptance workspaces in ../shared and the repository's own .journey files");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Tree_prints_back_to_the_input(string path)
    {
        var text = File.ReadAllText(path);
        var tree = SyntaxTree.Parse(text, path);
        Assert.Equal(text, tree.Root.ToFullString());
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Spans_are_consistent(string path)
    {
        var tree = SyntaxTree.Parse(File.ReadAllText(path), path);
        SpanChecker.AssertConsistent(tree);
    }

    [Fact]
    public void Line_positions_are_computed_at_the_edges()
    {
        var text = new SourceText("a\r\nbc\nd");
        Assert.Equal(new LinePosition(0, 0), text.GetLinePosition(0));
        Assert.Equal(new LinePosition(1, 0), text.GetLinePosition(3));
        Assert.Equal(new LinePosition(1, 2), text.GetLinePosition(5));
        Assert.Equal(new LinePosition(2, 0), text.GetLinePosition(6));
        Assert.Equal(6, text.GetOffset(new LinePosition(2, 0)));
        Assert.Equal("bc", text.GetLineText(1));
    }
}
