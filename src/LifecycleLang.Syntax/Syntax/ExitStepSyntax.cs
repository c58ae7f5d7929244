namespace LifecycleLang.Syntax;

/// <summary>`exit`: leave the journey now.</summary>
public sealed record ExitStepSyntax(
    LabelSyntax? Label,
    SyntaxToken ExitKeyword)
    : StepSyntax(Label)
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [Label, ExitKeyword];
}
