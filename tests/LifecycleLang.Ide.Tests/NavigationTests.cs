using LifecycleLang.Ide.Features;

namespace LifecycleLang.Ide.Tests;

public class NavigationTests
{
    [Fact]
    public void Go_to_definition_of_a_template_in_another_file()
    {
        var ws = new TestWorkspace("journey J {\n  entry on form_submitted\n  send email of|fer\n}");
        var model = ws.Snapshot.Model;
        var target = Assert.Single(Navigation.GoToDefinition(model, TestWorkspace.MainPath, ws.Cursor));
        Assert.Equal(TestWorkspace.SchemaPath, target.Path);
        Assert.Equal("offer", target.Source.ToString(target.Span));
    }

    [Fact]
    public void Go_to_definition_of_a_bare_event_field()
    {
        var ws = new TestWorkspace("""
            event signed_up { [|plan|]: text }
            journey J {
              entry on signed_up where pl|an == "pro"
            }
            """, withSchema: false);
        var target = Assert.Single(Navigation.GoToDefinition(ws.Snapshot.Model, TestWorkspace.MainPath, ws.Cursor));
        Assert.Equal(ws.Markup.Spans[0], target.Span);
    }

    [Fact]
    public void Built_ins_have_no_definition()
    {
        var ws = new TestWorkspace("journey J {\n  entry on message_op|ened\n}");
        Assert.Empty(Navigation.GoToDefinition(ws.Snapshot.Model, TestWorkspace.MainPath, ws.Cursor));
    }

    [Fact]
    public void Find_references_of_a_field_in_this_file()
    {
        var ws = new TestWorkspace("""
            contact { [|bud|get|]: number? }
            segment Rich = contact.[|budget|] ?? 0 > 1000
            segment Known = contact.[|budget|] is set
            """, withSchema: false);
        var references = Navigation.FindReferences(ws.Snapshot.Model, TestWorkspace.MainPath, ws.Cursor, includeDeclaration: true);
        Assert.Equal(ws.Markup.Spans, references.Select(r => r.Span));
        var uses = Navigation.FindReferences(ws.Snapshot.Model, TestWorkspace.MainPath, ws.Cursor, includeDeclaration: false);
        Assert.Equal(2, uses.Length);
    }

    [Fact]
    public void Find_references_reaches_other_files_and_template_text()
    {
        var ws = new TestWorkspace("segment S = contact.first_n|ame is set");
        var references = Navigation.FindReferences(ws.Snapshot.Model, TestWorkspace.MainPath, ws.Cursor, includeDeclaration: true);
        Assert.Contains(references, r => r.Path == TestWorkspace.SchemaPath && r.Source.Text[r.Span.Start..].StartsWith("first_name: text?", StringComparison.Ordinal));
        Assert.Contains(references, r => r.Path == TestWorkspace.SchemaPath && r.Source.Text[..r.Span.Start].EndsWith("{{ contact.", StringComparison.Ordinal));
        Assert.Contains(references, r => r.Path == TestWorkspace.MainPath);
    }

    [Fact]
    public void Highlights_are_the_occurrences_in_the_file()
    {
        var ws = new TestWorkspace("""
            enum Plan { [|Free|], Pro }
            contact { plan: Plan }
            segment F = contact.plan == [|Fr|ee|]
            """, withSchema: false);
        var highlights = Navigation.Highlights(ws.Snapshot.Model, TestWorkspace.MainPath, ws.Cursor);
        Assert.Equal(ws.Markup.Spans, highlights.Select(h => h.Location.Span));
        Assert.True(highlights[0].IsDeclaration);
    }
}
