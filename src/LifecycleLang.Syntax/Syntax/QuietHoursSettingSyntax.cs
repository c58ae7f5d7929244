namespace LifecycleLang.Syntax;

/// <summary>`quiet hours 21:00 to 08:00` in settings.</summary>
public sealed record QuietHoursSettingSyntax(
    QuietHoursSyntax QuietHours)
    : SettingSyntax
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [QuietHours];
}
