namespace LifecycleLang.Syntax;

/// <summary>An enum member with an optional comma.</summary>
public sealed record EnumMemberSyntax(
    SyntaxToken Name,
    SyntaxToken? Comma)
    : SyntaxNode
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [Name, Comma];
}
