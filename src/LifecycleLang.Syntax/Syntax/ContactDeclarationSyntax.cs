using System.Collections.Immutable;

namespace LifecycleLang.Syntax;

/// <summary>`contact { fields }`.</summary>
public sealed record ContactDeclarationSyntax(
    SyntaxToken ContactKeyword,
    SyntaxToken OpenBrace,
    ImmutableArray<FieldDeclarationSyntax> Fields,
    SyntaxToken CloseBrace)
    : DeclarationSyntax
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [ContactKeyword, OpenBrace, .. Fields, CloseBrace];
}
