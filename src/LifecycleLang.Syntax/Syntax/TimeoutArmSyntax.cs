namespace LifecycleLang.Syntax;

/// <summary>`timeout { ... }`.</summary>
public sealed record TimeoutArmSyntax(
    SyntaxToken TimeoutKeyword,
    BlockSyntax Block)
    : WaitArmSyntax
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [TimeoutKeyword, Block];
}
