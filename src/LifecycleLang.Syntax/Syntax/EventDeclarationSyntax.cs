using System.Collections.Immutable;

namespace LifecycleLang.Syntax;

/// <summary>`event name { fields }`.</summary>
public sealed record EventDeclarationSyntax(
    SyntaxToken EventKeyword,
    SyntaxToken Name,
    SyntaxToken OpenBrace,
    ImmutableArray<FieldDeclarationSyntax> Fields,
    SyntaxToken CloseBrace)
    : DeclarationSyntax
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [EventKeyword, Name, OpenBrace, .. Fields, CloseBrace];
}
