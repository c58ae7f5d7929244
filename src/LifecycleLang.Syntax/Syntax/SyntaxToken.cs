using System.Collections.Immutable;
using System.Text;
using LifecycleLang.Syntax.Text;

namespace LifecycleLang.Syntax;

/// <summary>
/// A token with the trivia before it. All trivia is leading (the end-of-file token holds what follows
/// the last token), so printing every token's trivia and text in order gives back the exact input.
/// A missing token (inserted by error recovery) has empty text and <see cref="IsMissing"/> set.
/// </summary>
public sealed record SyntaxToken(TokenKind Kind, string Text, int Start, ImmutableArray<SyntaxTrivia> LeadingTrivia, bool IsMissing = false)
    : SyntaxElement
{
    public override TextSpan Span => new(Start, Text.Length);

    public override TextSpan FullSpan =>
        LeadingTrivia.IsDefaultOrEmpty ? Span : TextSpan.FromBounds(LeadingTrivia[0].Start, Span.End);

    public static SyntaxToken Missing(TokenKind kind, int position) => new(kind, string.Empty, position, [], IsMissing: true);

    public void WriteTo(StringBuilder builder)
    {
        foreach (var trivia in LeadingTrivia)
        {
            builder.Append(trivia.Text);
        }

        builder.Append(Text);
    }

    public override string ToString() => Text;
}
