using System.Collections.Immutable;

namespace LifecycleLang.Syntax;

/// <summary>`settings { ... }`.</summary>
public sealed record SettingsDeclarationSyntax(
    SyntaxToken SettingsKeyword,
    SyntaxToken OpenBrace,
    ImmutableArray<SettingSyntax> Settings,
    SyntaxToken CloseBrace)
    : DeclarationSyntax
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [SettingsKeyword, OpenBrace, .. Settings, CloseBrace];
}
