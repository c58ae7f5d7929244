namespace LifecycleLang.Syntax;

/// <summary>`subject "..."`, `body file "..."`, `method POST`.</summary>
public sealed record TemplatePartSyntax(
    SyntaxToken Name,
    TemplateValueSyntax Value)
    : SyntaxNode
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [Name, Value];
}
