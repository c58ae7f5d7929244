namespace LifecycleLang.Syntax;

/// <summary>`exit when C`.</summary>
public sealed record ExitWhenClauseSyntax(
    SyntaxToken ExitKeyword,
    SyntaxToken WhenKeyword,
    ExpressionSyntax Condition)
    : JourneyClauseSyntax
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [ExitKeyword, WhenKeyword, Condition];
}
