using System.Text;
using LifecycleLang.Semantics.Symbols;
using LifecycleLang.Syntax;

namespace LifecycleLang.Ide;

/// <summary>
/// Doc comments: the `//` or `/* */` comments directly above a declaration, with no blank line between
/// (docs/decisions/syntax.md). They are leading trivia of the declaration's first token; a comment that
/// ends a line of code (a trailing comment of the line before) is not part of it.
/// </summary>
public static class DocComments
{
    /// <summary>The doc comment of a symbol declared in the given tree, as plain text, or null.</summary>
    public static string? For(Symbol symbol, SyntaxTree tree)
    {
        if (symbol.Location is not { } location || location.Path != tree.Path)
        {
            return null;
        }

        var first = DeclarationStart(tree, location.Span.Start);
        return first is null ? null : Read(first);
    }

    /// <summary>The comment lines directly above a token, markers stripped, or null when there are none.</summary>
    public static string? Read(SyntaxToken token)
    {
        var trivia = token.LeadingTrivia;
        if (trivia.IsDefaultOrEmpty)
        {
            return null;
        }

        // Walk back from the token: whitespace, one newline, a comment that starts its line, and so on.
        var comments = new List<string>();
        var i = trivia.Length - 1;
        while (i >= 0 && trivia[i].Kind == TriviaKind.Whitespace)
        {
            i--;
        }

        while (i >= 0)
        {
            // Expect the newline that ends the comment's line (a block comment may sit on the token's line).
            var sawNewline = false;
            if (trivia[i].Kind == TriviaKind.Newline)
            {
                sawNewline = true;
                i--;
                while (i >= 0 && trivia[i].Kind == TriviaKind.Whitespace)
                {
                    i--;
                }
            }

            if (i < 0 || !trivia[i].IsComment || (!sawNewline && trivia[i].Kind == TriviaKind.LineComment))
            {
                break;
            }

            var comment = trivia[i];
            var j = i - 1;
            while (j >= 0 && trivia[j].Kind == TriviaKind.Whitespace)
            {
                j--;
            }

            // The comment must start its line (else it trails code on the line above).
            var startsLine = j < 0 ? trivia[0].Start == 0 : trivia[j].Kind == TriviaKind.Newline;
            if (!startsLine)
            {
                break;
            }

            comments.Add(Strip(comment));
            i = j;
        }

        if (comments.Count == 0)
        {
            return null;
        }

        comments.Reverse();
        return string.Join("\n", comments).Trim();
    }

    private static string Strip(SyntaxTrivia comment)
    {
        var text = comment.Text;
        if (comment.Kind == TriviaKind.LineComment)
        {
            return text.TrimStart('/').Trim();
        }

        var body = text.StartsWith("/*", StringComparison.Ordinal) ? text[2..] : text;
        body = body.EndsWith("*/", StringComparison.Ordinal) ? body[..^2] : body;
        var builder = new StringBuilder();
        foreach (var line in body.Split('\n'))
        {
            var trimmed = line.Trim().TrimStart('*').Trim();
            if (builder.Length > 0)
            {
                builder.Append('\n');
            }

            builder.Append(trimmed);
        }

        return builder.ToString().Trim();
    }

    /// <summary>The first token of the declaration (top level, field, member, stage or labelled step) whose name starts at the offset.</summary>
    private static SyntaxToken? DeclarationStart(SyntaxTree tree, int nameStart)
    {
        SyntaxToken? best = null;
        foreach (var node in tree.Root.DescendantNodesAndSelf())
        {
            if (node.Span.Start > nameStart || node.Span.End < nameStart)
            {
                continue;
            }

            var name = node switch
            {
                DeclarationSyntax d => DeclarationName(d),
                FieldDeclarationSyntax f => f.Name,
                EnumMemberSyntax m => m.Name,
                StageDeclarationSyntax s => s.Name,
                StepSyntax { Label: { } label } => label.Name,
                _ => null,
            };
            if (name is not null && name.Start == nameStart)
            {
                best = node.FirstToken();
            }
        }

        return best;
    }

    internal static SyntaxToken? DeclarationName(DeclarationSyntax declaration) => declaration switch
    {
        EventDeclarationSyntax e => e.Name,
        EnumDeclarationSyntax e => e.Name,
        FunnelDeclarationSyntax f => f.Name,
        SegmentDeclarationSyntax s => s.Name,
        ScoreDeclarationSyntax s => s.Name,
        TemplateDeclarationSyntax t => t.Name,
        JourneyDeclarationSyntax j => j.Name,
        ContactDeclarationSyntax c => c.ContactKeyword,
        SettingsDeclarationSyntax s => s.SettingsKeyword,
        _ => null,
    };
}
