namespace LifecycleLang.Syntax;

/// <summary>`not a` / `-a`.</summary>
public sealed record UnaryExpressionSyntax(
    SyntaxToken Operator,
    ExpressionSyntax Operand)
    : ExpressionSyntax
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [Operator, Operand];
}
