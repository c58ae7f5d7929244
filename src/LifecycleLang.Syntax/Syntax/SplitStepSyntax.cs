using System.Collections.Immutable;

namespace LifecycleLang.Syntax;

/// <summary>`split { A 50% { } B 50% { } }`.</summary>
public sealed record SplitStepSyntax(
    LabelSyntax? Label,
    SyntaxToken SplitKeyword,
    SyntaxToken OpenBrace,
    ImmutableArray<SplitArmSyntax> Arms,
    SyntaxToken CloseBrace)
    : StepSyntax(Label)
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [Label, SplitKeyword, OpenBrace, .. Arms, CloseBrace];
}
