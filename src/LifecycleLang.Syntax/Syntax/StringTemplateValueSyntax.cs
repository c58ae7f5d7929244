namespace LifecycleLang.Syntax;

/// <summary>An inline (possibly triple-quoted) string.</summary>
public sealed record StringTemplateValueSyntax(
    SyntaxToken Value)
    : TemplateValueSyntax
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [Value];
}
