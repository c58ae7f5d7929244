using System.Text;

namespace LifecycleLang.Semantics.Facts;

/// <summary>Durations in words a marketer reads: "5 days 10 hours", "1 day", "0 seconds".</summary>
public static class DurationFormatter
{
    public static string Format(TimeSpan duration)
    {
        if (duration <= TimeSpan.Zero)
        {
            return "0 seconds";
        }

        var builder = new StringBuilder();
        Append(builder, (long)duration.TotalDays, "day");
        Append(builder, duration.Hours, "hour");
        Append(builder, duration.Minutes, "minute");
        Append(builder, duration.Seconds, "second");
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, long value, string unit)
    {
        if (value == 0)
        {
            return;
        }

        if (builder.Length > 0)
        {
            builder.Append(' ');
        }

        builder.Append(value).Append(' ').Append(unit);
        if (value != 1)
        {
            builder.Append('s');
        }
    }
}
