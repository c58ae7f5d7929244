namespace LifecycleLang.Syntax;

/// <summary>`name: type?` with an optional comma.</summary>
public sealed record FieldDeclarationSyntax(
    SyntaxToken Name,
    SyntaxToken Colon,
    TypeSyntax Type,
    SyntaxToken? QuestionMark,
    SyntaxToken? Comma)
    : SyntaxNode
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [Name, Colon, Type, QuestionMark, Comma];
}
