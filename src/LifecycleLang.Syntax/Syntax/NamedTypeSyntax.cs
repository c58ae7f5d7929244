namespace LifecycleLang.Syntax;

/// <summary>A built-in type or an enum name.</summary>
public sealed record NamedTypeSyntax(
    SyntaxToken Name)
    : TypeSyntax
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [Name];
}
