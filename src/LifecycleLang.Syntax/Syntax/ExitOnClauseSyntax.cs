namespace LifecycleLang.Syntax;

/// <summary>`exit on E [where C]`.</summary>
public sealed record ExitOnClauseSyntax(
    SyntaxToken ExitKeyword,
    SyntaxToken OnKeyword,
    SyntaxToken Event,
    WhereClauseSyntax? Where)
    : JourneyClauseSyntax
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [ExitKeyword, OnKeyword, Event, Where];
}
