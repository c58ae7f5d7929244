namespace LifecycleLang.Syntax;

/// <summary>`a is set` / `a is not set`.</summary>
public sealed record IsSetExpressionSyntax(
    ExpressionSyntax Operand,
    SyntaxToken IsKeyword,
    SyntaxToken? NotKeyword,
    SyntaxToken SetKeyword)
    : ExpressionSyntax
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [Operand, IsKeyword, NotKeyword, SetKeyword];
}
