namespace LifecycleLang.Syntax;

/// <summary>`a in b` / `a not in b`.</summary>
public sealed record InExpressionSyntax(
    ExpressionSyntax Left,
    SyntaxToken? NotKeyword,
    SyntaxToken InKeyword,
    ExpressionSyntax Right)
    : ExpressionSyntax
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [Left, NotKeyword, InKeyword, Right];
}
