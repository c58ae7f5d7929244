namespace LifecycleLang.Syntax;

/// <summary>`entry when C`.</summary>
public sealed record EntryWhenClauseSyntax(
    SyntaxToken EntryKeyword,
    SyntaxToken WhenKeyword,
    ExpressionSyntax Condition)
    : JourneyClauseSyntax
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [EntryKeyword, WhenKeyword, Condition];
}
