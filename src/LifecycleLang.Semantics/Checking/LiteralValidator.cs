using System.Globalization;
using LifecycleLang.Semantics.Binding;
using NodaTime;

namespace LifecycleLang.Semantics.Checking;

/// <summary>Compile-time checks of values written as strings: dates, date-times, time zones, email addresses, phone numbers (language.md §2–§3).</summary>
public static class LiteralValidator
{
    private static readonly IDateTimeZoneProvider Zones = DateTimeZoneProviders.Tzdb;
    private static HashSet<string>? _zoneIds;

    /// <summary>Exactly `yyyy-MM-dd`, a real calendar date.</summary>
    public static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>`yyyy-MM-ddTHH:mm` or `yyyy-MM-ddTHH:mm:ss`, optionally followed by `Z` or `±hh:mm`.</summary>
    public static bool TryParseDateTime(string text, out DateTimeValue value)
    {
        value = null!;
        TimeSpan? offset = null;
        var body = text;
        if (body.EndsWith('Z'))
        {
            offset = TimeSpan.Zero;
            body = body[..^1];
        }
        else if (body.Length > 6 && body[^6] is '+' or '-' && body[^3] == ':')
        {
            var sign = body[^6] == '-' ? -1 : 1;
            if (!int.TryParse(body.AsSpan(body.Length - 5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var hours)
                || !int.TryParse(body.AsSpan(body.Length - 2, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes)
                || hours > 18 || minutes > 59)
            {
                return false;
            }

            offset = sign * new TimeSpan(hours, minutes, 0);
            body = body[..^6];
        }

        if (!DateTime.TryParseExact(body, ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return false;
        }

        value = new DateTimeValue(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), offset);
        return true;
    }

    /// <summary>An IANA zone id known to NodaTime's embedded TZDB (the runtime's, never the machine's).</summary>
    public static bool IsTimeZone(string text) => Zones.GetZoneOrNull(text) is not null;

    /// <summary>A zone id that differs only in case or by a small typo, for "did you mean".</summary>
    public static string? SuggestTimeZone(string text)
    {
        _zoneIds ??= [.. Zones.Ids];
        foreach (var id in _zoneIds)
        {
            if (string.Equals(id, text, StringComparison.OrdinalIgnoreCase))
            {
                return id;
            }
        }

        return NameSuggester.Suggest(text, _zoneIds);
    }

    /// <summary>`local@domain.tld`: one @, no spaces, a dot in the domain with text on both sides.</summary>
    public static bool IsEmail(string text)
    {
        var at = text.IndexOf('@');
        if (at <= 0 || at != text.LastIndexOf('@') || text.AsSpan().IndexOfAny(" \t\r\n") >= 0)
        {
            return false;
        }

        var domain = text.AsSpan(at + 1);
        var dot = domain.LastIndexOf('.');
        return dot > 0 && dot < domain.Length - 1 && domain[0] != '.';
    }

    /// <summary>E.164: `+` and 7–15 digits.</summary>
    public static bool IsPhone(string text)
    {
        if (text.Length is < 8 or > 16 || text[0] != '+')
        {
            return false;
        }

        for (var i = 1; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
