namespace LifecycleLang.Syntax;

/// <summary>`send CHANNEL template`.</summary>
public sealed record SendStepSyntax(
    LabelSyntax? Label,
    SyntaxToken SendKeyword,
    SyntaxToken Channel,
    SyntaxToken Template)
    : StepSyntax(Label)
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [Label, SendKeyword, Channel, Template];
}
