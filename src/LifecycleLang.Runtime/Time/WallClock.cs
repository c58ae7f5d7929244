using NodaTime;
using NodaTime.TimeZones;

namespace LifecycleLang.Runtime;

/// <summary>
/// Wall-clock arithmetic of runtime.md §2: a local time in a daylight-saving gap maps to the first
/// instant after the gap, and one that occurs twice maps to its first occurrence. Used for
/// <c>wait until</c>, quiet-hours bounds and <c>entry at</c> without an offset.
/// </summary>
public static class WallClock
{
    private static readonly ZoneLocalMappingResolver Resolver =
        Resolvers.CreateMappingResolver(Resolvers.ReturnEarlier, Resolvers.ReturnStartOfIntervalAfter);

    /// <summary>The instant a local date-time maps to in <paramref name="zone"/>.</summary>
    public static Instant Resolve(LocalDateTime local, DateTimeZone zone) => zone.ResolveLocal(local, Resolver).ToInstant();

    /// <summary>
    /// The earliest instant ≥ now at which the clock in <paramref name="zone"/> reads <paramref name="time"/>,
    /// each day's reading resolved as <see cref="Resolve"/> does (so a time occurring twice counts once).
    /// </summary>
    public static Instant NextAt(Instant now, LocalTime time, DateTimeZone zone)
    {
        var today = now.InZone(zone).Date;
        for (var d = -1; d <= 3; d++)
        {
            var candidate = Resolve(today.PlusDays(d) + time, zone);
            if (candidate >= now)
            {
                return candidate;
            }
        }
        throw new InvalidOperationException("no wall-clock match within three days"); // unreachable for real zones
    }

    /// <summary>
    /// When <paramref name="now"/> is inside a quiet-hours window [From, To) in <paramref name="zone"/>,
    /// the instant the window ends; otherwise null. Windows wrap midnight when From &gt; To.
    /// </summary>
    public static Instant? QuietUntil(Instant now, QuietHours quiet, DateTimeZone zone)
    {
        var today = now.InZone(zone).Date;
        var wraps = quiet.From > quiet.To;
        for (var d = -1; d <= 0; d++)
        {
            var startDay = today.PlusDays(d);
            var start = Resolve(startDay + quiet.From, zone);
            var end = Resolve((wraps ? startDay.PlusDays(1) : startDay) + quiet.To, zone);
            if (start <= now && now < end)
            {
                return end;
            }
        }
        return null;
    }

    /// <summary>A zone from NodaTime's embedded TZDB (never the machine's), or null if unknown.</summary>
    public static DateTimeZone? Zone(string? name) => name is null ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(name);
}
