namespace LifecycleLang.Syntax;

/// <summary>`decay 10 every 30 days`.</summary>
public sealed record ScoreDecaySyntax(
    SyntaxToken DecayKeyword,
    SyntaxToken Amount,
    SyntaxToken EveryKeyword,
    DurationSyntax Period)
    : ScoreItemSyntax
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [DecayKeyword, Amount, EveryKeyword, Period];
}
