namespace LifecycleLang.Syntax;

/// <summary>`+15 when C`: fit points while C holds.</summary>
public sealed record ScoreFitRuleSyntax(
    SignedNumberSyntax Points,
    SyntaxToken WhenKeyword,
    ExpressionSyntax Condition)
    : ScoreItemSyntax
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [Points, WhenKeyword, Condition];
}
