using LifecycleLang.Ide.Features;
using LifecycleLang.Syntax;
using LifecycleLang.Syntax.Text;

namespace LifecycleLang.Ide.Tests;

/// <summary>Outline, workspace symbols, folding, semantic tokens, code actions and signature help.</summary>
public class StructureTests
{
    [Fact]
    public void Outline_lists_declarations_members_and_labelled_steps_nested()
    {
        var ws = new TestWorkspace("""
            enum Plan { Free, Pro }
            template t email { subject "s" body "b" }
            journey [|Onboarding|] {
              entry on form_submitted
              welcome: send email offer
              check: if contact.is_customer {
                upsell: send email offer
                split {
                  A 50% { a_arm: wait 1 day }
                  B 50% { exit }
                }
              }
            }
            """);
        var outline = Outline.GetDocumentSymbols(ws.Snapshot.GetTree(TestWorkspace.MainPath)!);
        Assert.Equal(["Plan", "t", "Onboarding"], outline.Select(i => i.Name));
        Assert.Equal(["Free", "Pro"], outline[0].Children.Select(c => c.Name));
        Assert.Equal(["subject", "body"], outline[1].Children.Select(c => c.Name));
        var journey = outline[2];
        Assert.Equal(OutlineKind.Journey, journey.Kind);
        Assert.Equal(ws.Markup.Spans[0], journey.NameSpan);
        Assert.Equal(["welcome", "check"], journey.Children.Select(c => c.Name));
        Assert.Equal("send email offer", journey.Children[0].Detail);
        Assert.Equal("if contact.is_customer", journey.Children[1].Detail);
        Assert.Equal(["upsell", "a_arm"], journey.Children[1].Children.Select(c => c.Name));
    }

    [Fact]
    public void Outline_works_on_broken_text()
    {
        var ws = new TestWorkspace("event e { a: text }\njourney J {\n  first: send email\n");
        var outline = Outline.GetDocumentSymbols(ws.Snapshot.GetTree(TestWorkspace.MainPath)!);
        Assert.Equal(["e", "J"], outline.Select(i => i.Name));
        Assert.Equal(["a"], outline[0].Children.Select(c => c.Name));
    }

    [Fact]
    public void Workspace_symbols_match_in_order_and_rank_prefixes_first()
    {
        var ws = new TestWorkspace("journey PurchaseFollowUp {\n  entry on purchase_completed\n}");
        var matches = Outline.SearchWorkspace(ws.Snapshot.Model, "purch");
        Assert.Equal(["PurchaseFollowUp", "purchase_completed"], matches.Take(2).Select(m => m.Name).Order(StringComparer.Ordinal));
        Assert.Contains(matches, m => m.Name == "PurchaseFollowUp" && m.Location.Path == TestWorkspace.MainPath);
        Assert.Contains(Outline.SearchWorkspace(ws.Snapshot.Model, "fstnm"), m => m.Name == "first_name" && m.Container == "contact");
    }

    [Fact]
    public void Folding_blocks_comments_and_triple_strings()
    {
        var ws = new TestWorkspace("""
            /* A long
               comment */
            // one
            // two
            template t webhook {
              url "https://x"
              body \"\"\"
                { "a": 1 }
              \"\"\"
            }
            journey J {
              entry on form_submitted
              if contact.is_customer {
                exit
              }
            }
            """.Replace("\\\"", "\"", StringComparison.Ordinal));
        var ranges = Folding.GetFoldingRanges(ws.Snapshot.GetTree(TestWorkspace.MainPath)!);
        Assert.Contains(new FoldingRange(0, 1, FoldKind.Comment), ranges);
        Assert.Contains(new FoldingRange(2, 3, FoldKind.Comment), ranges);
        Assert.Contains(new FoldingRange(4, 8, FoldKind.Region), ranges);
        Assert.Contains(new FoldingRange(6, 8, FoldKind.Region), ranges);
        Assert.Contains(new FoldingRange(10, 14, FoldKind.Region), ranges);
        Assert.Contains(new FoldingRange(12, 13, FoldKind.Region), ranges);
    }

    [Fact]
    public void Semantic_tokens_classify_names_by_what_they_name()
    {
        var ws = new TestWorkspace("""
            contact { email: email }
            enum Plan { Free }
            event signed_up { plan: Plan }
            // note
            journey J {
              entry on signed_up where plan == Free
              wait 2 days
            }
            """, withSchema: false);
        var tree = ws.Snapshot.GetTree(TestWorkspace.MainPath)!;
        var spans = SemanticTokens.Classify(tree, ws.Snapshot.Model);
        string Text(ClassifiedSpan s) => tree.Text.ToString(s.Span);
        ClassifiedSpan At(int line, string text) => spans.First(s => tree.Text.GetLinePosition(s.Span.Start).Line == line && Text(s) == text);

        Assert.Equal(TokenClass.Property, At(0, "email").Class);
        Assert.Equal(TokenModifiers.Declaration, At(0, "email").Modifiers);
        Assert.Equal(TokenClass.Type, spans.Where(s => Text(s) == "email").Last().Class);
        Assert.Equal(TokenClass.Keyword, At(0, "contact").Class);
        Assert.Equal(TokenClass.Enum, At(2, "Plan").Class);
        Assert.Equal(TokenClass.Comment, At(3, "// note").Class);
        Assert.Equal(TokenClass.Class, At(4, "J").Class);
        Assert.Equal(TokenClass.Event, At(5, "signed_up").Class);
        Assert.Equal(TokenClass.Property, At(5, "plan").Class);
        Assert.Equal(TokenClass.EnumMember, At(5, "Free").Class);
        Assert.Equal(TokenClass.Operator, At(5, "==").Class);
        Assert.Equal(TokenClass.Number, At(6, "2").Class);
        Assert.Equal(TokenClass.Keyword, At(6, "days").Class);

        // Sorted, one line each, no overlaps.
        for (var i = 1; i < spans.Length; i++)
        {
            Assert.True(spans[i].Span.Start >= spans[i - 1].Span.End);
        }
    }

    [Fact]
    public void Semantic_tokens_split_multi_line_tokens_per_line()
    {
        var ws = new TestWorkspace("/* a\n   b */\nenum E { A }", withSchema: false);
        var tree = ws.Snapshot.GetTree(TestWorkspace.MainPath)!;
        var comments = SemanticTokens.Classify(tree, null).Where(s => s.Class == TokenClass.Comment).Select(s => tree.Text.ToString(s.Span));
        Assert.Equal(["/* a", "   b */"], comments);
    }

    [Fact]
    public void Code_actions_are_the_fixes_of_the_diagnostics_in_the_range()
    {
        var ws = new TestWorkspace("""
            journey J {
              entry on [|form_sub|mited|]
              wait until [|9:00|]
            }
            """);
        var fixes = CodeActions.GetCodeActions(ws.Snapshot.Compilation, TestWorkspace.MainPath, new TextSpan(ws.Cursor, 0));
        var fix = Assert.Single(fixes);
        Assert.Equal("Change to 'form_submitted'", fix.Title);
        Assert.True(fix.IsPreferred);
        var edit = Assert.Single(fix.Edits);
        Assert.Equal(ws.Markup.Spans[0], edit.Span);
        Assert.Equal("form_submitted", edit.NewText);

        var time = Assert.Single(CodeActions.GetCodeActions(ws.Snapshot.Compilation, TestWorkspace.MainPath, ws.Markup.Spans[1]));
        Assert.Equal(ws.Markup.Spans[1], Assert.Single(time.Edits).Span);
        Assert.Equal("09:00", Assert.Single(time.Edits).NewText);

        // No fixes away from the diagnostics.
        Assert.Empty(CodeActions.GetCodeActions(ws.Snapshot.Compilation, TestWorkspace.MainPath, new TextSpan(0, 3)));
    }

    [Fact]
    public void Signature_help_for_count_tracks_the_active_part()
    {
        SignatureInfo? At(string markup)
        {
            var ws = new TestWorkspace(markup);
            return SignatureHelp.GetSignatureHelp(ws.Snapshot.GetTree(TestWorkspace.MainPath)!, ws.Cursor);
        }

        Assert.Equal(0, At("segment S = count(|")!.ActiveParameter);
        Assert.Equal(0, At("segment S = count(page_vi|sited)")!.ActiveParameter);
        Assert.Equal(1, At("segment S = count(page_visited where (url == \"/\") or u|)")!.ActiveParameter);
        Assert.Equal(2, At("segment S = count(page_visited where url == \"/\" within 7 |)")!.ActiveParameter);
        Assert.Equal(SignatureHelp.CountLabel, At("segment S = count(|")!.Label);
        Assert.Null(At("segment S = (contact.budget ?? 0|) > 1"));
        Assert.Null(At("segment S = count(page_visited) > |1"));
    }

    [Fact]
    public void Doc_comments_are_the_comments_directly_above()
    {
        var tree = SyntaxTree.Parse("""
            // one

            // two
            /* three */
            event e { }
            """);
        Assert.Equal("two\nthree", DocComments.Read(tree.Root.Declarations[0].FirstToken()!));
    }
}
