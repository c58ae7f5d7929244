namespace LifecycleLang.Syntax;

/// <summary>`else if C { ... }`.</summary>
public sealed record ElseIfClauseSyntax(
    SyntaxToken ElseKeyword,
    SyntaxToken IfKeyword,
    ExpressionSyntax Condition,
    BlockSyntax Block)
    : SyntaxNode
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [ElseKeyword, IfKeyword, Condition, Block];
}
