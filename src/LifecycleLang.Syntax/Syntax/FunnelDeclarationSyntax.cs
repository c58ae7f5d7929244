using System.Collections.Immutable;

namespace LifecycleLang.Syntax;

/// <summary>`funnel Name { stages }`.</summary>
public sealed record FunnelDeclarationSyntax(
    SyntaxToken FunnelKeyword,
    SyntaxToken Name,
    SyntaxToken OpenBrace,
    ImmutableArray<StageDeclarationSyntax> Stages,
    SyntaxToken CloseBrace)
    : DeclarationSyntax
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [FunnelKeyword, Name, OpenBrace, .. Stages, CloseBrace];
}
