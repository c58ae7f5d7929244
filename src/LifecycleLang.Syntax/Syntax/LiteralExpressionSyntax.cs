namespace LifecycleLang.Syntax;

/// <summary>A string, number, percentage, boolean or time-of-day literal.</summary>
public sealed record LiteralExpressionSyntax(
    SyntaxToken Token)
    : ExpressionSyntax
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [Token];
}
