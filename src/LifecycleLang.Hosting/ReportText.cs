using System.Globalization;
using System.Text;
using NodaTime;

namespace LifecycleLang.Hosting;

/// <summary>Renders a <see cref="SimulationReport"/> as readable tables.</summary>
public static class ReportText
{
    public static string Render(SimulationReport report)
    {
        var builder = new StringBuilder();
        foreach (var journey in report.Journeys)
        {
            builder.AppendLine($"journey {journey.Name}");
            builder.AppendLine($"  entered {journey.Entered} (holdout {journey.HoldoutEntered})");
            builder.AppendLine($"  goal    treatment {Ratio(journey.Goals, journey.Entered)}   holdout {Ratio(journey.HoldoutGoals, journey.HoldoutEntered)}   lift {Percent(journey.Lift)}");
            if (journey.Exited.Count > 0)
            {
                builder.AppendLine("  exited  " + string.Join(", ", journey.Exited.Select(e => $"{e.Key} {e.Value}")));
            }

            var rows = journey.Steps.Select(s => new[]
            {
                s.Id, s.Description, s.Reached.ToString(CultureInfo.InvariantCulture), s.Sent.ToString(CultureInfo.InvariantCulture),
                s.Held.ToString(CultureInfo.InvariantCulture),
                s.Suppressed.Count == 0 ? "-" : string.Join(", ", s.Suppressed.Select(x => $"{x.Key} {x.Value}")),
            }).ToList();
            Table(builder, ["step", "", "reached", "sent", "held", "suppressed"], rows);
            builder.AppendLine();
        }

        foreach (var funnel in report.Funnels)
        {
            builder.AppendLine($"funnel {funnel.Name}");
            var rows = funnel.Stages.Select(s => new[]
            {
                s.Stage, s.Owner ?? "-", s.Reached.ToString(CultureInfo.InvariantCulture), Percent(s.ConversionToLater),
                s.AverageTimeInStage is { } d ? Duration(d) : "-", s.StillThere.ToString(CultureInfo.InvariantCulture),
            }).ToList();
            Table(builder, ["stage", "owner", "reached", "to a later stage", "avg time in stage", "still there"], rows);
            builder.AppendLine();
        }

        builder.AppendLine($"rejected input lines: {report.Rejected}");
        return builder.ToString();
    }

    public static string Duration(Duration duration)
    {
        var parts = new List<string>();
        if (duration.Days > 0)
        {
            parts.Add(Plural(duration.Days, "day"));
        }

        if (duration.Hours > 0)
        {
            parts.Add(Plural(duration.Hours, "hour"));
        }

        if (duration.Minutes > 0)
        {
            parts.Add(Plural(duration.Minutes, "minute"));
        }

        if (duration.Seconds > 0 || parts.Count == 0)
        {
            parts.Add(Plural(duration.Seconds, "second"));
        }

        return string.Join(" ", parts);
    }

    private static string Plural(int n, string unit) => $"{n} {unit}{(n == 1 ? "" : "s")}";

    private static string Ratio(long part, long whole) =>
        whole == 0 ? $"{part}/0" : $"{part}/{whole} ({Percent((decimal)part / whole)})";

    private static string Percent(decimal? value) =>
        value is { } v ? (v * 100m).ToString("0.#", CultureInfo.InvariantCulture) + "%" : "-";

    private static void Table(StringBuilder builder, string[] header, List<string[]> rows)
    {
        var widths = header.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        void Row(string[] cells) => builder.AppendLine("  " + string.Join("  ", cells.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());
        Row(header);
        Row(widths.Select(w => new string('-', w)).ToArray());
        rows.ForEach(Row);
    }
}
