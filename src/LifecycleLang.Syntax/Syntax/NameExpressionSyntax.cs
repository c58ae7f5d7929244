namespace LifecycleLang.Syntax;

/// <summary>A bare name: an event field in a `where`, an enum member, a segment or a template.</summary>
public sealed record NameExpressionSyntax(
    SyntaxToken Name)
    : ExpressionSyntax
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [Name];
}
