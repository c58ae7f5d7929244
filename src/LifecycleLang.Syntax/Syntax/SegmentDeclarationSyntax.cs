namespace LifecycleLang.Syntax;

/// <summary>`segment Name = condition`.</summary>
public sealed record SegmentDeclarationSyntax(
    SyntaxToken SegmentKeyword,
    SyntaxToken Name,
    SyntaxToken EqualsToken,
    ExpressionSyntax Condition)
    : DeclarationSyntax
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [SegmentKeyword, Name, EqualsToken, Condition];
}
