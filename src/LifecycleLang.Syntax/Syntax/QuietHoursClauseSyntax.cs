namespace LifecycleLang.Syntax;

/// <summary>`quiet hours A to B` overriding the workspace setting.</summary>
public sealed record QuietHoursClauseSyntax(
    QuietHoursSyntax QuietHours)
    : JourneyClauseSyntax
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [QuietHours];
}
