namespace LifecycleLang.Syntax;

/// <summary>`else { ... }`.</summary>
public sealed record ElseClauseSyntax(
    SyntaxToken ElseKeyword,
    BlockSyntax Block)
    : SyntaxNode
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [ElseKeyword, Block];
}
