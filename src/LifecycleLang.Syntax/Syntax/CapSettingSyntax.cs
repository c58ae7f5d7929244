namespace LifecycleLang.Syntax;

/// <summary>`cap email 3 per 7 days`.</summary>
public sealed record CapSettingSyntax(
    SyntaxToken CapKeyword,
    SyntaxToken Channel,
    SyntaxToken Count,
    SyntaxToken PerKeyword,
    DurationSyntax Window)
    : SettingSyntax
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [CapKeyword, Channel, Count, PerKeyword, Window];
}
