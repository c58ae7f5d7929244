using LifecycleLang.TestKit;

namespace LifecycleLang.Formatting.Tests;

/// <summary>
/// Baselines/NAME.input.journey is written the way people type; Baselines/NAME.expected.journey is its
/// canonical layout (LIFECYCLE_UPDATE_BASELINES=1 rewrites the expected files).
/// </summary>
public sealed class FormatterBaselineTests
{
    private static readonly string Folder = Path.Combine(Baseline.SourceDirectory(), "Baselines");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var input in Directory.GetFiles(Folder, "*.input.journey").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(input)[..^".input.journey".Length]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Formats_to_the_expected_layout(string name)
    {
        var input = File.ReadAllText(Path.Combine(Folder, name + ".input.journey"));
        var tree = Syntax.SyntaxTree.Parse(input, name + ".input.journey");
        Assert.False(tree.HasErrors, string.Join("\n", tree.Diagnostics));

        var formatted = JourneyFormatter.Format(tree);
        Baseline.AssertMatches(Path.Combine(Folder, name + ".expected.journey"), formatted);
        Assert.Equal(formatted, JourneyFormatter.Format(formatted));
    }

    [Fact]
    public void A_file_with_syntax_errors_comes_back_unchanged()
    {
        const string broken = "journey J {\n    entry on e\n  wait for e\n      send email t\n}\n";
        var tree = Syntax.SyntaxTree.Parse(broken);
        Assert.True(tree.HasErrors);
        Assert.Equal(broken, JourneyFormatter.Format(tree));
    }

    [Fact]
    public void An_empty_file_stays_empty()
    {
        Assert.Equal(string.Empty, JourneyFormatter.Format(string.Empty));
        Assert.Equal(string.Empty, JourneyFormatter.Format("  \n\n"));
    }

    [Fact]
    public void Windows_line_endings_become_newlines_and_strings_stay_untouched()
    {
        var input = "journey J {\r\n  entry on e\r\n  send email t // x\r\n}\r\nevent e { }\r\ntemplate t email { subject \"a  b\" body \"\"\"\r\n  x\r\n\"\"\" }\r\n";
        var formatted = JourneyFormatter.Format(input);
        Assert.DoesNotContain("\r\n", formatted.Replace("\"\"\"\r\n  x\r\n\"\"\"", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("subject \"a  b\"", formatted, StringComparison.Ordinal);
        Assert.Contains("\"\"\"\r\n  x\r\n\"\"\"", formatted, StringComparison.Ordinal);
        Assert.Equal(formatted, JourneyFormatter.Format(formatted));
    }
}
