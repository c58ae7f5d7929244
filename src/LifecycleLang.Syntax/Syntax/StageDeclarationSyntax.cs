using System.Collections.Immutable;

namespace LifecycleLang.Syntax;

/// <summary>`stage Name owner team sla 2 days`.</summary>
public sealed record StageDeclarationSyntax(
    SyntaxToken StageKeyword,
    SyntaxToken Name,
    ImmutableArray<StageAttributeSyntax> Attributes)
    : SyntaxNode
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [StageKeyword, Name, .. Attributes];
}
