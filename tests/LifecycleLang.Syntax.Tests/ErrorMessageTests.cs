namespace LifecycleLang.Syntax.Tests;

/// <summary>The messages a marketing engineer reads, checked word for word for the common mistakes.</summary>
public sealed class ErrorMessageTests
{
    private static string[] Errors(string text) =>
        [.. SyntaxTree.Parse(text, "t.journey").Diagnostics.Select(d => d.ToString())];

    [Fact]
    public void Missing_up_to_names_the_step()
    {
        var errors = Errors("journey J {\n  entry on form_submitted\n  wait for form_submitted\n  send email t\n}\n");
        Assert.Equal(["t.journey(3,26): error LL1001: expected 'up to' and a duration after 'wait for form_submitted', found 'send'"], errors);
    }

    [Fact]
    public void Missing_unit_after_a_number()
    {
        var errors = Errors("journey J {\n  entry on e\n  wait 2\n}\n");
        Assert.Equal(["t.journey(3,9): error LL1002: expected a time unit (seconds, minutes, hours, days or weeks) after '2'"], errors);
    }

    [Fact]
    public void Chained_comparison_has_its_own_message_and_does_not_cascade()
    {
        var errors = Errors("journey J {\n  entry on e\n  if contact.a == 1 == 2 { exit }\n  send email t\n}\n");
        var error = Assert.Single(errors);
        Assert.Contains("LL1003", error, StringComparison.Ordinal);
        Assert.StartsWith("t.journey(3,21)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Reserved_word_as_a_name()
    {
        var errors = Errors("event contact { }\n");
        Assert.Equal(["t.journey(1,7): error LL1001: 'contact' is a reserved word and cannot be used as a name; choose another name"], errors);
    }

    [Fact]
    public void Missing_operand_keeps_the_next_step()
    {
        var tree = SyntaxTree.Parse("journey J {\n  entry on e where form ==\n  send email t\n}\n", "t.journey");
        var error = Assert.Single(tree.Diagnostics);
        Assert.Equal("expected an expression after 'entry on e where form ==', found 'send'", error.Message);
        var journey = Assert.IsType<JourneyDeclarationSyntax>(Assert.Single(tree.Root.Declarations));
        Assert.Contains(journey.Members, m => m is SendStepSyntax { Template.Text: "t" });
    }

    [Fact]
    public void Missing_close_brace_before_the_next_declaration_is_one_error()
    {
        var tree = SyntaxTree.Parse("journey A {\n  entry on e\n  split { X 100% { }\n}\njourney B {\n  entry on e\n}\n", "t.journey");
        var error = Assert.Single(tree.Diagnostics);
        Assert.StartsWith("missing '}'", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, tree.Root.Declarations.Length);
    }

    [Fact]
    public void Time_of_day_near_miss_has_a_fix()
    {
        var tree = SyntaxTree.Parse("journey J {\n  entry on e\n  wait until 9:00\n}\n", "t.journey");
        var error = Assert.Single(tree.Diagnostics);
        Assert.Equal("LL1008", error.Code);
        var fix = Assert.Single(error.Fixes);
        Assert.Equal("09:00", Assert.Single(fix.Edits).NewText);
    }

    [Fact]
    public void Missing_string_tokens_have_an_empty_value()
    {
        var tree = SyntaxTree.Parse("settings { timezone }\n", "t.journey");
        var settings = Assert.IsType<SettingsDeclarationSyntax>(Assert.Single(tree.Root.Declarations));
        var timezone = Assert.IsType<TimezoneSettingSyntax>(Assert.Single(settings.Settings));
        Assert.True(timezone.Value.IsMissing);
        Assert.Equal(string.Empty, StringLiterals.ValueOf(timezone.Value));
        Assert.Equal(string.Empty, StringLiterals.ValueOf(SyntaxToken.Missing(TokenKind.String, 0)));
    }
}
