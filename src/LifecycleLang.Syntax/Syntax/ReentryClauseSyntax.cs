namespace LifecycleLang.Syntax;

/// <summary>`reentry never|always|after D`.</summary>
public sealed record ReentryClauseSyntax(
    SyntaxToken ReentryKeyword,
    SyntaxToken Mode,
    DurationSyntax? After)
    : JourneyClauseSyntax
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [ReentryKeyword, Mode, After];
}
