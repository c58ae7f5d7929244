namespace LifecycleLang.Syntax;

/// <summary>`a op b` for or, and, comparisons, contains/starts_with/ends_with, ??, + - * /.</summary>
public sealed record BinaryExpressionSyntax(
    ExpressionSyntax Left,
    SyntaxToken Operator,
    ExpressionSyntax Right)
    : ExpressionSyntax
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [Left, Operator, Right];
}
