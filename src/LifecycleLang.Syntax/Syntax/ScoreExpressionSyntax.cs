namespace LifecycleLang.Syntax;

/// <summary>`score M`: the model's current value.</summary>
public sealed record ScoreExpressionSyntax(
    SyntaxToken ScoreKeyword,
    SyntaxToken Model)
    : ExpressionSyntax
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [ScoreKeyword, Model];
}
