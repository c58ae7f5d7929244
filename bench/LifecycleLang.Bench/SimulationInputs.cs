using System.Globalization;
using System.Text;

namespace LifecycleLang.Bench;

/// <summary>
/// Generates simulator inputs for the acceptance workspaces: N contacts, each with a profile and nine
/// events spread over days, in time order — 10 input lines per contact.
/// </summary>
public static class SimulationInputs
{
    public static string Trial(int contacts) => Generate(contacts, (b, c, day) =>
    {
        Line(b, day, 0, c, "\"profile\":{\"email\":\"" + c + "@example.com\",\"first_name\":\"Lee\",\"plan\":\"Free\"}");
        Line(b, day, 1, c, "\"event\":\"trial_started\",\"data\":{}");
        for (var i = 0; i < 7; i++)
        {
            Line(b, day, 2 + i, c, "\"event\":\"message_opened\",\"data\":{\"template\":\"day0\",\"channel\":\"email\"}");
        }

        Line(b, day + 1, 0, c, "\"event\":\"upgraded\",\"data\":{\"plan\":\"Pro\"}");
    });

    public static string WarmLeads(int contacts) => Generate(contacts, (b, c, day) =>
    {
        Line(b, day, 0, c, "\"profile\":{\"email\":\"" + c + "@example.com\",\"industry\":\"Retail\"}");
        for (var i = 0; i < 6; i++)
        {
            Line(b, day, 1 + i, c, "\"event\":\"page_visited\",\"data\":{\"url\":\"/p" + i + "\"}");
        }

        for (var i = 0; i < 3; i++)
        {
            Line(b, day + 1, i, c, "\"event\":\"webinar_attended\",\"data\":{\"topic\":\"t" + i + "\"}");
        }
    });

    private static string Generate(int contacts, Action<StringBuilder, string, int> write)
    {
        // Contacts are spread over 30 days so timers and inputs interleave as they would in production.
        var builder = new StringBuilder(contacts * 1100);
        var lines = new List<(string Key, string Text)>(contacts * 10);
        for (var i = 0; i < contacts; i++)
        {
            var contact = "c" + i.ToString(CultureInfo.InvariantCulture);
            var day = 1 + (i % 30);
            var one = new StringBuilder();
            write(one, contact, day);
            foreach (var text in one.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                lines.Add((text[7..27], text));
            }
        }

        foreach (var (_, text) in lines.OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            builder.Append(text).Append('\n');
        }

        return builder.ToString();
    }

    private static void Line(StringBuilder builder, int day, int minute, string contact, string body) =>
        builder.Append(CultureInfo.InvariantCulture, $"{{\"at\":\"2026-03-{day:00}T{8 + (minute / 60):00}:{minute % 60:00}:00Z\",\"contact\":\"{contact}\",{body}}}\n");
}
