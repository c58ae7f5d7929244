namespace LifecycleLang.Syntax;

/// <summary>`entry at "T" [local] [when C]`.</summary>
public sealed record EntryAtClauseSyntax(
    SyntaxToken EntryKeyword,
    SyntaxToken AtKeyword,
    SyntaxToken DateTime,
    SyntaxToken? LocalKeyword,
    WhenClauseSyntax? When)
    : JourneyClauseSyntax
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [EntryKeyword, AtKeyword, DateTime, LocalKeyword, When];
}
