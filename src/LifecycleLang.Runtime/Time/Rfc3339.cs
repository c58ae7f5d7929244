using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace LifecycleLang.Runtime;

/// <summary>
/// RFC 3339 date-times (<c>2026-11-20T10:00:00Z</c>, <c>…+01:00</c>, optional fractional seconds),
/// converted to UTC instants with whole-second precision: fractional seconds are dropped.
/// </summary>
public static partial class Rfc3339
{
    [GeneratedRegex(@"^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static bool TryParse(string? text, out Instant instant)
    {
        instant = default;
        if (text is null)
        {
            return false;
        }
        var m = Pattern().Match(text);
        if (!m.Success)
        {
            return false;
        }
        int N(int g) => int.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture);
        try
        {
            var local = new LocalDateTime(N(1), N(2), N(3), N(4), N(5), N(6));
            var zone = m.Groups[8].Value;
            var offset = Offset.Zero;
            if (zone is not ("Z" or "z"))
            {
                var hours = int.Parse(zone.AsSpan(1, 2), CultureInfo.InvariantCulture);
                var minutes = int.Parse(zone.AsSpan(4, 2), CultureInfo.InvariantCulture);
                if (hours > 23 || minutes > 59)
                {
                    return false;
                }
                var seconds = (hours * 3600 + minutes * 60) * (zone[0] == '-' ? -1 : 1);
                offset = Offset.FromSeconds(seconds);
            }
            instant = local.WithOffset(offset).ToInstant();
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false; // e.g. month 13, February 30, second 60
        }
    }

    /// <summary>The trace's form: <c>yyyy-MM-ddTHH:mm:ssZ</c> in UTC.</summary>
    public static string Format(Instant instant) =>
        instant.InUtc().LocalDateTime.ToString("uuuu'-'MM'-'dd'T'HH':'mm':'ss", CultureInfo.InvariantCulture) + "Z";
}
