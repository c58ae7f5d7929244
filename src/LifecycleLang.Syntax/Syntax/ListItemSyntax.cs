namespace LifecycleLang.Syntax;

/// <summary>An item of a list literal with the comma after it.</summary>
public sealed record ListItemSyntax(
    ExpressionSyntax Value,
    SyntaxToken? Comma)
    : SyntaxNode
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [Value, Comma];
}
