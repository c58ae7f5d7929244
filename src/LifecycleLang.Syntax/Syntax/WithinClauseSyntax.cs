namespace LifecycleLang.Syntax;

/// <summary>`within D`.</summary>
public sealed record WithinClauseSyntax(
    SyntaxToken WithinKeyword,
    DurationSyntax Duration)
    : SyntaxNode
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [WithinKeyword, Duration];
}
