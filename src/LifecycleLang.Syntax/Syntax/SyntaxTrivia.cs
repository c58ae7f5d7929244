using LifecycleLang.Syntax.Text;

namespace LifecycleLang.Syntax;

/// <summary>Text between tokens that the parser does not see: whitespace, comments, and skipped input.</summary>
public sealed record SyntaxTrivia(TriviaKind Kind, string Text, int Start)
{
    public TextSpan Span => new(Start, Text.Length);

    public bool IsComment => Kind is TriviaKind.LineComment or TriviaKind.BlockComment;
}
