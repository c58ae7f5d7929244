namespace LifecycleLang.Syntax;

/// <summary>`goal E [where C] [within D]`.</summary>
public sealed record GoalClauseSyntax(
    SyntaxToken GoalKeyword,
    SyntaxToken Event,
    WhereClauseSyntax? Where,
    WithinClauseSyntax? Within)
    : JourneyClauseSyntax
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [GoalKeyword, Event, Where, Within];
}
