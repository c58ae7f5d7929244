namespace LifecycleLang.Syntax;

/// <summary>`stage S`.</summary>
public sealed record StageStepSyntax(
    LabelSyntax? Label,
    SyntaxToken StageKeyword,
    SyntaxToken Stage)
    : StepSyntax(Label)
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [Label, StageKeyword, Stage];
}
