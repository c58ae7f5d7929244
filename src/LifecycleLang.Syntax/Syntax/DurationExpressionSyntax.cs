namespace LifecycleLang.Syntax;

/// <summary>A duration used as a value (`now - 3 days`).</summary>
public sealed record DurationExpressionSyntax(
    DurationSyntax Duration)
    : ExpressionSyntax
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [Duration];
}
