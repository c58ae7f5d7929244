namespace LifecycleLang.Syntax;

/// <summary>`wait D`.</summary>
public sealed record WaitStepSyntax(
    LabelSyntax? Label,
    SyntaxToken WaitKeyword,
    DurationSyntax Duration)
    : StepSyntax(Label)
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [Label, WaitKeyword, Duration];
}
