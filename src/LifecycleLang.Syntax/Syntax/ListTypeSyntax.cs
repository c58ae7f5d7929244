namespace LifecycleLang.Syntax;

/// <summary>`list<T>`.</summary>
public sealed record ListTypeSyntax(
    SyntaxToken ListKeyword,
    SyntaxToken LessThan,
    TypeSyntax ElementType,
    SyntaxToken GreaterThan)
    : TypeSyntax
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [ListKeyword, LessThan, ElementType, GreaterThan];
}
