namespace LifecycleLang.Syntax;

/// <summary>`contact` (before `.field` or `in Segment`).</summary>
public sealed record ContactExpressionSyntax(
    SyntaxToken ContactKeyword)
    : ExpressionSyntax
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [ContactKeyword];
}
