namespace LifecycleLang.Syntax;

/// <summary>A bare name (the webhook method).</summary>
public sealed record NameTemplateValueSyntax(
    SyntaxToken Name)
    : TemplateValueSyntax
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [Name];
}
