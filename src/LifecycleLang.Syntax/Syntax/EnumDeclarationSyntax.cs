using System.Collections.Immutable;

namespace LifecycleLang.Syntax;

/// <summary>`enum Name { A, B }`.</summary>
public sealed record EnumDeclarationSyntax(
    SyntaxToken EnumKeyword,
    SyntaxToken Name,
    SyntaxToken OpenBrace,
    ImmutableArray<EnumMemberSyntax> Members,
    SyntaxToken CloseBrace)
    : DeclarationSyntax
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [EnumKeyword, Name, OpenBrace, .. Members, CloseBrace];
}
