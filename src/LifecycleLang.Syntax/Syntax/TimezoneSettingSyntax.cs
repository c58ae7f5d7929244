namespace LifecycleLang.Syntax;

/// <summary>`timezone "Europe/Berlin"`.</summary>
public sealed record TimezoneSettingSyntax(
    SyntaxToken TimezoneKeyword,
    SyntaxToken Value)
    : SettingSyntax
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [TimezoneKeyword, Value];
}
