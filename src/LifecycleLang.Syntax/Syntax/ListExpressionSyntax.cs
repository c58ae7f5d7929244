using System.Collections.Immutable;

namespace LifecycleLang.Syntax;

/// <summary>`[a, b]`.</summary>
public sealed record ListExpressionSyntax(
    SyntaxToken OpenBracket,
    ImmutableArray<ListItemSyntax> Items,
    SyntaxToken CloseBracket)
    : ExpressionSyntax
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [OpenBracket, .. Items, CloseBracket];
}
