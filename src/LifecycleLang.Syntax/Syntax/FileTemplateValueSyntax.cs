namespace LifecycleLang.Syntax;

/// <summary>`file "path"`, relative to the .journey file.</summary>
public sealed record FileTemplateValueSyntax(
    SyntaxToken FileKeyword,
    SyntaxToken Path)
    : TemplateValueSyntax
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [FileKeyword, Path];
}
