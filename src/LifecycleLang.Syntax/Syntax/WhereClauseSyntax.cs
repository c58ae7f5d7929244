namespace LifecycleLang.Syntax;

/// <summary>`where C` on an event.</summary>
public sealed record WhereClauseSyntax(
    SyntaxToken WhereKeyword,
    ExpressionSyntax Condition)
    : SyntaxNode
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [WhereKeyword, Condition];
}
