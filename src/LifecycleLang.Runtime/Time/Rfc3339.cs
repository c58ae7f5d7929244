using System.Globalization;
using System.Numerics;
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

    private const int SecondsPerDay = 86_400;
    private const int MaxOffsetSeconds = 18 * 3600;

    private static readonly Instant FirstFast = Instant.FromUtc(1, 1, 1, 0, 0);
    private static readonly Instant LastFast = Instant.FromUtc(9999, 12, 31, 23, 59, 59);

    public static bool TryParse(string? text, out Instant instant)
    {
        if (text is not null && TryParseAscii(text.AsSpan(), out instant))
        {
            return true;
        }
        return TryParseSlow(text, out instant);
    }

    /// <summary>
    /// The common case without allocating: plain ASCII digits, fields in range. Returns false when
    /// the text is anything else (invalid, or valid but unusual: Unicode digits, years outside
    /// 1–9998); callers then use the general path, which decides.
    /// </summary>
    internal static bool TryParseAscii<T>(ReadOnlySpan<T> s, out Instant instant) where T : unmanaged, IBinaryInteger<T>
    {
        instant = default;
        if (s.Length < 20 || !Is(s[4], '-') || !Is(s[7], '-') || !(Is(s[10], 'T') || Is(s[10], 't')) || !Is(s[13], ':') || !Is(s[16], ':'))
        {
            return false;
        }
        if (!Digits(s, 0, 4, out var year) || !Digits(s, 5, 2, out var month) || !Digits(s, 8, 2, out var day)
            || !Digits(s, 11, 2, out var hour) || !Digits(s, 14, 2, out var minute) || !Digits(s, 17, 2, out var second))
        {
            return false;
        }
        var i = 19;
        if (Is(s[i], '.'))
        {
            i++;
            var start = i;
            while (i < s.Length && IsDigit(s[i]))
            {
                i++;
            }
            if (i == start)
            {
                return false;
            }
        }
        if (i >= s.Length)
        {
            return false;
        }
        var offsetSeconds = 0;
        if (Is(s[i], 'Z') || Is(s[i], 'z'))
        {
            i++;
        }
        else if (Is(s[i], '+') || Is(s[i], '-'))
        {
            if (s.Length - i != 6 || !Is(s[i + 3], ':') || !Digits(s, i + 1, 2, out var oh) || !Digits(s, i + 4, 2, out var om) || oh > 23 || om > 59)
            {
                return false;
            }
            offsetSeconds = (oh * 3600 + om * 60) * (Is(s[i], '-') ? -1 : 1);
            if (Math.Abs(offsetSeconds) > MaxOffsetSeconds)
            {
                return false; // NodaTime offsets stop at ±18:00 (the general path rejects the rest)
            }
            i += 6;
        }
        else
        {
            return false;
        }
        if (i != s.Length || year is < 1 or > 9998 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }
        var days = DaysFromCivil(year, month, day);
        instant = Instant.FromUnixTimeSeconds(days * SecondsPerDay + hour * 3600 + minute * 60 + second - offsetSeconds);
        return true;
    }

    internal static bool TryParseSlow(string? text, out Instant instant)
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
    public static string Format(Instant instant)
    {
        Span<char> buffer = stackalloc char[20];
        return TryFormat(instant, buffer) ? new string(buffer) : FormatSlow(instant);
    }

    /// <summary>Writes the trace's form into 20 chars; false (nothing written) outside years 1–9999 or for sub-second instants.</summary>
    internal static bool TryFormat(Instant instant, Span<char> destination)
    {
        if (instant < FirstFast || instant > LastFast || destination.Length < 20 || instant.ToUnixTimeTicks() % NodaConstants.TicksPerSecond != 0)
        {
            return false; // not produced by the runtime (whole seconds); keep NodaTime's formatting
        }
        var seconds = instant.ToUnixTimeSeconds();
        var days = Math.DivRem(seconds, SecondsPerDay, out var secondOfDay);
        if (secondOfDay < 0)
        {
            secondOfDay += SecondsPerDay;
            days--;
        }
        var (year, month, day) = CivilFromDays(days);
        if (year is < 1 or > 9999)
        {
            return false;
        }
        Write4(destination, 0, (int)year);
        destination[4] = '-';
        Write2(destination, 5, month);
        destination[7] = '-';
        Write2(destination, 8, day);
        destination[10] = 'T';
        Write2(destination, 11, (int)(secondOfDay / 3600));
        destination[13] = ':';
        Write2(destination, 14, (int)(secondOfDay / 60 % 60));
        destination[16] = ':';
        Write2(destination, 17, (int)(secondOfDay % 60));
        destination[19] = 'Z';
        return true;
    }

    internal static string FormatSlow(Instant instant) =>
        instant.InUtc().LocalDateTime.ToString("uuuu'-'MM'-'dd'T'HH':'mm':'ss", CultureInfo.InvariantCulture) + "Z";

    private static void Write2(Span<char> d, int at, int value)
    {
        d[at] = (char)('0' + value / 10);
        d[at + 1] = (char)('0' + value % 10);
    }

    private static void Write4(Span<char> d, int at, int value)
    {
        Write2(d, at, value / 100);
        Write2(d, at + 2, value % 100);
    }

    private static bool Is<T>(T c, char expected) where T : unmanaged, IBinaryInteger<T> => int.CreateTruncating(c) == expected;

    private static bool IsDigit<T>(T c) where T : unmanaged, IBinaryInteger<T> => (uint)(int.CreateTruncating(c) - '0') <= 9;

    private static bool Digits<T>(ReadOnlySpan<T> s, int start, int count, out int value) where T : unmanaged, IBinaryInteger<T>
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var d = int.CreateTruncating(s[i]) - '0';
            if ((uint)d > 9)
            {
                return false;
            }
            value = value * 10 + d;
        }
        return true;
    }

    // Howard Hinnant's days_from_civil / civil_from_days (proleptic Gregorian, day 0 = 1970-01-01).
    private static long DaysFromCivil(int y, int m, int d)
    {
        y -= m <= 2 ? 1 : 0;
        var era = (y >= 0 ? y : y - 399) / 400;
        var yoe = y - era * 400;
        var doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        var doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097L + doe - 719468;
    }

    private static (long Year, int Month, int Day) CivilFromDays(long z)
    {
        z += 719468;
        var era = (z >= 0 ? z : z - 146096) / 146097;
        var doe = z - era * 146097;
        var yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        var y = yoe + era * 400;
        var doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        var mp = (5 * doy + 2) / 153;
        var d = (int)(doy - (153 * mp + 2) / 5 + 1);
        var m = (int)(mp < 10 ? mp + 3 : mp - 9);
        return (y + (m <= 2 ? 1 : 0), m, d);
    }
}
