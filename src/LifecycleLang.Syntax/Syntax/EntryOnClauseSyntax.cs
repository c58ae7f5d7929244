namespace LifecycleLang.Syntax;

/// <summary>`entry on E [where C]`.</summary>
public sealed record EntryOnClauseSyntax(
    SyntaxToken EntryKeyword,
    SyntaxToken OnKeyword,
    SyntaxToken Event,
    WhereClauseSyntax? Where)
    : JourneyClauseSyntax
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [EntryKeyword, OnKeyword, Event, Where];
}
