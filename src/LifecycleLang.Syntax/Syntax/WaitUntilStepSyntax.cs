namespace LifecycleLang.Syntax;

/// <summary>`wait until HH:MM [local]`.</summary>
public sealed record WaitUntilStepSyntax(
    LabelSyntax? Label,
    SyntaxToken WaitKeyword,
    SyntaxToken UntilKeyword,
    SyntaxToken Time,
    SyntaxToken? LocalKeyword)
    : StepSyntax(Label)
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [Label, WaitKeyword, UntilKeyword, Time, LocalKeyword];
}
