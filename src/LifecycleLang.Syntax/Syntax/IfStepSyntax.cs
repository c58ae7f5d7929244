using System.Collections.Immutable;

namespace LifecycleLang.Syntax;

/// <summary>`if C { } else if C { } else { }` (one flat chain).</summary>
public sealed record IfStepSyntax(
    LabelSyntax? Label,
    SyntaxToken IfKeyword,
    ExpressionSyntax Condition,
    BlockSyntax Then,
    ImmutableArray<ElseIfClauseSyntax> ElseIfs,
    ElseClauseSyntax? Else)
    : StepSyntax(Label)
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [Label, IfKeyword, Condition, Then, .. ElseIfs, Else];
}
