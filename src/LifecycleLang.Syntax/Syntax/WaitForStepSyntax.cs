namespace LifecycleLang.Syntax;

/// <summary>`wait for E [where C] up to D [else { ... }]`.</summary>
public sealed record WaitForStepSyntax(
    LabelSyntax? Label,
    SyntaxToken WaitKeyword,
    SyntaxToken ForKeyword,
    SyntaxToken Event,
    WhereClauseSyntax? Where,
    SyntaxToken UpKeyword,
    SyntaxToken ToKeyword,
    DurationSyntax Timeout,
    ElseClauseSyntax? Else)
    : StepSyntax(Label)
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [Label, WaitKeyword, ForKeyword, Event, Where, UpKeyword, ToKeyword, Timeout, Else];
}
