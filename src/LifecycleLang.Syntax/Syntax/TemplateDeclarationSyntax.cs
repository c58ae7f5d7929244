using System.Collections.Immutable;

namespace LifecycleLang.Syntax;

/// <summary>`template name channel { parts }`.</summary>
public sealed record TemplateDeclarationSyntax(
    SyntaxToken TemplateKeyword,
    SyntaxToken Name,
    SyntaxToken Channel,
    SyntaxToken OpenBrace,
    ImmutableArray<TemplatePartSyntax> Parts,
    SyntaxToken CloseBrace)
    : DeclarationSyntax
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [TemplateKeyword, Name, Channel, OpenBrace, .. Parts, CloseBrace];
}
