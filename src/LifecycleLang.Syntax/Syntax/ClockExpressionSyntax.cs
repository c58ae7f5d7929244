namespace LifecycleLang.Syntax;

/// <summary>`now` or `today`.</summary>
public sealed record ClockExpressionSyntax(
    SyntaxToken Keyword)
    : ExpressionSyntax
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [Keyword];
}
