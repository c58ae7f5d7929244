namespace LifecycleLang.Syntax;

/// <summary>`count(E [where C] [within D])`.</summary>
public sealed record CountExpressionSyntax(
    SyntaxToken CountKeyword,
    SyntaxToken OpenParen,
    SyntaxToken Event,
    WhereClauseSyntax? Where,
    WithinClauseSyntax? Within,
    SyntaxToken CloseParen)
    : ExpressionSyntax
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [CountKeyword, OpenParen, Event, Where, Within, CloseParen];
}
