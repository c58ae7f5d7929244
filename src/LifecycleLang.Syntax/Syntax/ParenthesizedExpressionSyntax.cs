namespace LifecycleLang.Syntax;

/// <summary>`( a )`.</summary>
public sealed record ParenthesizedExpressionSyntax(
    SyntaxToken OpenParen,
    ExpressionSyntax Expression,
    SyntaxToken CloseParen)
    : ExpressionSyntax
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [OpenParen, Expression, CloseParen];
}
