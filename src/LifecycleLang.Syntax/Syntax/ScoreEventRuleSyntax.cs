namespace LifecycleLang.Syntax;

/// <summary>`+10 on event [where C]`.</summary>
public sealed record ScoreEventRuleSyntax(
    SignedNumberSyntax Points,
    SyntaxToken OnKeyword,
    SyntaxToken Event,
    WhereClauseSyntax? Where)
    : ScoreItemSyntax
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [Points, OnKeyword, Event, Where];
}
