using System.Collections.Immutable;

namespace LifecycleLang.Syntax;

/// <summary>`wait up to D { on E { ... } timeout { ... } }`.</summary>
public sealed record WaitArmsStepSyntax(
    LabelSyntax? Label,
    SyntaxToken WaitKeyword,
    SyntaxToken UpKeyword,
    SyntaxToken ToKeyword,
    DurationSyntax Timeout,
    SyntaxToken OpenBrace,
    ImmutableArray<WaitArmSyntax> Arms,
    SyntaxToken CloseBrace)
    : StepSyntax(Label)
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [Label, WaitKeyword, UpKeyword, ToKeyword, Timeout, OpenBrace, .. Arms, CloseBrace];
}
