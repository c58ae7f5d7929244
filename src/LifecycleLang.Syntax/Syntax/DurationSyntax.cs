namespace LifecycleLang.Syntax;

/// <summary>`3 days`: a whole number and a unit.</summary>
public sealed record DurationSyntax(
    SyntaxToken Amount,
    SyntaxToken Unit)
    : SyntaxNode
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [Amount, Unit];
}
