namespace LifecycleLang.Syntax;

/// <summary>`Name 50% { ... }`.</summary>
public sealed record SplitArmSyntax(
    SyntaxToken Name,
    SyntaxToken Share,
    BlockSyntax Block)
    : SyntaxNode
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [Name, Share, Block];
}
