namespace LifecycleLang.Syntax;

/// <summary>`min N` or `max N`.</summary>
public sealed record ScoreBoundSyntax(
    SyntaxToken Keyword,
    SignedNumberSyntax Value)
    : ScoreItemSyntax
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [Keyword, Value];
}
