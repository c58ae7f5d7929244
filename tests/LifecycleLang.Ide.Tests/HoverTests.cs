using LifecycleLang.Ide.Features;

namespace LifecycleLang.Ide.Tests;

public class HoverTests
{
    private static HoverInfo Hover(string markup, bool withSchema = true)
    {
        var ws = new TestWorkspace(markup, withSchema);
        var hover = Features.Hover.GetHover(ws.Snapshot, TestWorkspace.MainPath, ws.Cursor, ws.Snapshot.Model);
        Assert.NotNull(hover);
        if (ws.Markup.Spans.Length > 0)
        {
            Assert.Equal(ws.Markup.Spans[0], hover.Span);
        }

        return hover;
    }

    [Fact]
    public void Field_type_declaration_and_doc_comment()
    {
        var hover = Hover("segment S = contact.[|first_na|me|] is set");
        Assert.Contains("contact.first_name: text?", hover.Markdown, StringComparison.Ordinal);
        Assert.Contains("The first name, when the contact gave one.", hover.Markdown, StringComparison.Ordinal);
        Assert.Contains("schema.journey", hover.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Enum_member_and_enum()
    {
        Assert.Contains("Role.DecisionMaker", Hover("segment S = contact.role == [|Decision|Maker|]").Markdown, StringComparison.Ordinal);
        var role = Hover("segment S = contact.role == Ro|le.User").Markdown;
        Assert.Contains("enum Role { DecisionMaker, Influencer, User }", role, StringComparison.Ordinal);
        Assert.Contains("Who the contact is in the buying group.", role, StringComparison.Ordinal);
    }

    [Fact]
    public void Event_with_its_fields_and_doc()
    {
        var hover = Hover("journey J {\n  entry on [|form_sub|mitted|]\n}");
        Assert.Contains("event form_submitted { form: text, budget: number? }", hover.Markdown, StringComparison.Ordinal);
        Assert.Contains("A form on the website was sent.", hover.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Journey_with_its_longest_duration()
    {
        var hover = Hover("""
            // Welcomes new leads.
            journey [|Wel|come|] {
              entry on form_submitted
              goal purchase_completed
              wait 2 days
              wait for message_clicked up to 3 days
            }
            """);
        Assert.Contains("journey Welcome", hover.Markdown, StringComparison.Ordinal);
        Assert.Contains("Welcomes new leads.", hover.Markdown, StringComparison.Ordinal);
        Assert.Contains("Longest possible run: **5 days**", hover.Markdown, StringComparison.Ordinal);
        Assert.Contains("goal `purchase_completed` within 5 days", hover.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Stage_template_segment_score_and_built_ins()
    {
        Assert.Contains("(stage 3 of 3 in B2B) Convert owner sales sla 2 days", Hover("journey J {\n  entry on form_submitted\n  stage Con|vert\n}").Markdown, StringComparison.Ordinal);
        Assert.Contains("template reminder sms", Hover("journey J {\n  entry on form_submitted\n  send sms remi|nder\n}").Markdown, StringComparison.Ordinal);
        Assert.Contains("segment Pricing = count(", Hover("segment S = contact in Pri|cing").Markdown, StringComparison.Ordinal);
        Assert.Contains("score engagement", Hover("segment S = score engag|ement > 5").Markdown, StringComparison.Ordinal);
        Assert.Contains("Built in", Hover("journey J {\n  entry on message_cli|cked\n}").Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Type_of_an_expression_without_a_symbol()
    {
        var hover = Hover("segment S = [|co|unt(page_visited)|] > 2");
        Assert.Contains(": int", hover.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Trailing_comments_of_the_line_above_are_not_doc_comments()
    {
        var hover = Hover("""
            contact {
              email: email // the address
              pho|ne: phone?
            }
            """, withSchema: false);
        Assert.DoesNotContain("the address", hover.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Hover_keeps_working_while_the_file_has_syntax_errors()
    {
        var hover = Hover("""
            journey J {
              entry on form_submitted where
              send email [|of|fer|]
              if contact.budget >
            """);
        Assert.Contains("template offer email", hover.Markdown, StringComparison.Ordinal);
    }
}
