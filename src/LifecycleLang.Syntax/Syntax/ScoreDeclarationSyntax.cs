using System.Collections.Immutable;

namespace LifecycleLang.Syntax;

/// <summary>`score name { rules }`.</summary>
public sealed record ScoreDeclarationSyntax(
    SyntaxToken ScoreKeyword,
    SyntaxToken Name,
    SyntaxToken OpenBrace,
    ImmutableArray<ScoreItemSyntax> Items,
    SyntaxToken CloseBrace)
    : DeclarationSyntax
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [ScoreKeyword, Name, OpenBrace, .. Items, CloseBrace];
}
