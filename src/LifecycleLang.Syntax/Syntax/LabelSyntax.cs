namespace LifecycleLang.Syntax;

/// <summary>`name:` before a step: the step's stable id.</summary>
public sealed record LabelSyntax(
    SyntaxToken Name,
    SyntaxToken Colon)
    : SyntaxNode
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [Name, Colon];
}
