namespace LifecycleLang.Syntax;

/// <summary>A number with an optional sign.</summary>
public sealed record SignedNumberSyntax(
    SyntaxToken? Sign,
    SyntaxToken Number)
    : SyntaxNode
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [Sign, Number];
}
