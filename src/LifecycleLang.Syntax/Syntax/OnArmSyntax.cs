namespace LifecycleLang.Syntax;

/// <summary>`on E [where C] { ... }`.</summary>
public sealed record OnArmSyntax(
    SyntaxToken OnKeyword,
    SyntaxToken Event,
    WhereClauseSyntax? Where,
    BlockSyntax Block)
    : WaitArmSyntax
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [OnKeyword, Event, Where, Block];
}
