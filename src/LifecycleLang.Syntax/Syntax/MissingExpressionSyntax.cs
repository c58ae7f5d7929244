namespace LifecycleLang.Syntax;

/// <summary>Where an expression was required but none was written (error recovery).</summary>
public sealed record MissingExpressionSyntax(
    SyntaxToken Missing)
    : ExpressionSyntax
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [Missing];
}
