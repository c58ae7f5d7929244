using System.Collections.Immutable;

namespace LifecycleLang.Syntax;

/// <summary>`{ steps }`.</summary>
public sealed record BlockSyntax(
    SyntaxToken OpenBrace,
    ImmutableArray<StepSyntax> Steps,
    SyntaxToken CloseBrace)
    : SyntaxNode
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [OpenBrace, .. Steps, CloseBrace];
}
