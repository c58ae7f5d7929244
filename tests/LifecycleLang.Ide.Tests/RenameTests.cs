using LifecycleLang.Ide.Features;

namespace LifecycleLang.Ide.Tests;

public class RenameTests
{
    [Fact]
    public void Prepare_gives_the_name_span_and_text()
    {
        var ws = new TestWorkspace("segment [|Ri|ch|] = contact.budget ?? 0 > 1000");
        var target = Rename.Prepare(ws.Snapshot.Model, TestWorkspace.MainPath, ws.Cursor, out var error);
        Assert.Null(error);
        Assert.Equal(ws.Markup.Spans[0], target!.Span);
        Assert.Equal("Rich", target.Placeholder);
    }

    [Fact]
    public void Prepare_refuses_built_ins_and_places_without_a_name()
    {
        var builtIn = new TestWorkspace("journey J {\n  entry on message_cl|icked\n}");
        Assert.Null(Rename.Prepare(builtIn.Snapshot.Model, TestWorkspace.MainPath, builtIn.Cursor, out var error));
        Assert.Contains("built in", error, StringComparison.Ordinal);

        var nothing = new TestWorkspace("journey J {\n  entry on form_submitted\n  wait 2 d|ays\n}");
        Assert.Null(Rename.Prepare(nothing.Snapshot.Model, TestWorkspace.MainPath, nothing.Cursor, out _));
    }

    [Fact]
    public void Rename_edits_every_file_and_template_text()
    {
        var ws = new TestWorkspace("""
            journey J {
              entry on form_submitted
              if contact.[|first_n|ame|] is set { send email offer }
            }
            """);
        var result = Rename.RenameAt(ws.Snapshot.Model, TestWorkspace.MainPath, ws.Cursor, "given_name");
        Assert.True(result.Succeeded, result.Error);
        Assert.All(result.Edits, e => Assert.Equal("given_name", e.NewText));
        Assert.Contains(result.Edits, e => e.Source.Path == TestWorkspace.MainPath && e.Span == ws.Markup.Spans[0]);
        Assert.Equal(2, result.Edits.Count(e => e.Source.Path == TestWorkspace.SchemaPath));

        // Applying the edits gives a workspace that still checks without new errors.
        var schema = Apply(TestWorkspace.Schema, result.Edits.Where(e => e.Source.Path == TestWorkspace.SchemaPath));
        Assert.Contains("given_name: text?", schema, StringComparison.Ordinal);
        Assert.Contains("{{ contact.given_name", schema, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("contact", "reserved")]
    [InlineData("and", "reserved")]
    [InlineData("2fast", "not a valid name")]
    [InlineData("my-segment", "not a valid name")]
    [InlineData("", "not a valid name")]
    [InlineData("Pricing", "already")]
    public void Rename_refuses_reserved_words_invalid_names_and_clashes(string newName, string reason)
    {
        var ws = new TestWorkspace("segment Ri|ch = contact.budget ?? 0 > 1000");
        var result = Rename.RenameAt(ws.Snapshot.Model, TestWorkspace.MainPath, ws.Cursor, newName);
        Assert.False(result.Succeeded);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Contextual_keywords_are_valid_names()
    {
        Assert.Null(Rename.ValidateName("stage"));
        Assert.Null(Rename.ValidateName("_x1"));
    }

    private static string Apply(string text, IEnumerable<Syntax.Diagnostics.TextEdit> edits)
    {
        foreach (var edit in edits.OrderByDescending(e => e.Span.Start))
        {
            text = text[..edit.Span.Start] + edit.NewText + text[edit.Span.End..];
        }

        return text;
    }
}
