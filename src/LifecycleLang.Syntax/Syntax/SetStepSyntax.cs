namespace LifecycleLang.Syntax;

/// <summary>`set contact.F = E`.</summary>
public sealed record SetStepSyntax(
    LabelSyntax? Label,
    SyntaxToken SetKeyword,
    SyntaxToken ContactKeyword,
    SyntaxToken Dot,
    SyntaxToken Field,
    SyntaxToken EqualsToken,
    ExpressionSyntax Value)
    : StepSyntax(Label)
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [Label, SetKeyword, ContactKeyword, Dot, Field, EqualsToken, Value];
}
