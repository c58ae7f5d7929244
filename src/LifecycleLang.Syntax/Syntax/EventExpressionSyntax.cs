namespace LifecycleLang.Syntax;

/// <summary>`event` (before `.field`).</summary>
public sealed record EventExpressionSyntax(
    SyntaxToken EventKeyword)
    : ExpressionSyntax
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [EventKeyword];
}
