namespace LifecycleLang.Syntax;

/// <summary>`holdout 10%`.</summary>
public sealed record HoldoutClauseSyntax(
    SyntaxToken HoldoutKeyword,
    SyntaxToken Percent)
    : JourneyClauseSyntax
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [HoldoutKeyword, Percent];
}
