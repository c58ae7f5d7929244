namespace LifecycleLang.Syntax;

/// <summary>`contact.F`, `event.F`, `Role.Member`.</summary>
public sealed record MemberAccessExpressionSyntax(
    ExpressionSyntax Target,
    SyntaxToken Dot,
    SyntaxToken Member)
    : ExpressionSyntax
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [Target, Dot, Member];
}
