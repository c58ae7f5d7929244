namespace LifecycleLang.Syntax;

/// <summary>`score M +N`.</summary>
public sealed record ScoreStepSyntax(
    LabelSyntax? Label,
    SyntaxToken ScoreKeyword,
    SyntaxToken Model,
    SignedNumberSyntax Points)
    : StepSyntax(Label)
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [Label, ScoreKeyword, Model, Points];
}
