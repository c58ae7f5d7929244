namespace LifecycleLang.Syntax;

/// <summary>`sla 2 days`.</summary>
public sealed record SlaAttributeSyntax(
    SyntaxToken SlaKeyword,
    DurationSyntax Duration)
    : StageAttributeSyntax
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [SlaKeyword, Duration];
}
