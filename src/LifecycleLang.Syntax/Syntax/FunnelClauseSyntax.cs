namespace LifecycleLang.Syntax;

/// <summary>`funnel F`.</summary>
public sealed record FunnelClauseSyntax(
    SyntaxToken FunnelKeyword,
    SyntaxToken Funnel)
    : JourneyClauseSyntax
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [FunnelKeyword, Funnel];
}
