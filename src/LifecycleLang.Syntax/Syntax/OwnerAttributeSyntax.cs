namespace LifecycleLang.Syntax;

/// <summary>`owner team`.</summary>
public sealed record OwnerAttributeSyntax(
    SyntaxToken OwnerKeyword,
    SyntaxToken Owner)
    : StageAttributeSyntax
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [OwnerKeyword, Owner];
}
