using System.Collections.Immutable;

namespace LifecycleLang.Syntax;

/// <summary>`journey Name { clauses steps }`.</summary>
public sealed record JourneyDeclarationSyntax(
    SyntaxToken JourneyKeyword,
    SyntaxToken Name,
    SyntaxToken OpenBrace,
    ImmutableArray<JourneyMemberSyntax> Members,
    SyntaxToken CloseBrace)
    : DeclarationSyntax
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [JourneyKeyword, Name, OpenBrace, .. Members, CloseBrace];
}
