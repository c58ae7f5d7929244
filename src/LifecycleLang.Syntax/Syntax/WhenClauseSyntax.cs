namespace LifecycleLang.Syntax;

/// <summary>`when C`.</summary>
public sealed record WhenClauseSyntax(
    SyntaxToken WhenKeyword,
    ExpressionSyntax Condition)
    : SyntaxNode
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [WhenKeyword, Condition];
}
