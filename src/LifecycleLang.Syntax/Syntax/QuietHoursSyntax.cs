namespace LifecycleLang.Syntax;

/// <summary>`quiet hours A to B` (settings or journey).</summary>
public sealed record QuietHoursSyntax(
    SyntaxToken QuietKeyword,
    SyntaxToken HoursKeyword,
    SyntaxToken From,
    SyntaxToken ToKeyword,
    SyntaxToken To)
    : SyntaxNode
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [QuietKeyword, HoursKeyword, From, ToKeyword, To];
}
