using System.Globalization;
using System.Text;
using LifecycleLang.Runtime;

namespace LifecycleLang.Bench;

/// <summary>
/// Seeded, schema-driven simulator inputs for checking that an optimisation keeps the trace byte for
/// byte: mostly valid profiles and events (every field type, built-in events, offsets, fractional
/// seconds, escapes, out-of-order lines) mixed with every kind of line the reader rejects (broken
/// JSON, unknown or repeated keys, wrong types, bad dates, missing fields, blank and CRLF lines).
/// </summary>
public sealed class FuzzInputs
{
    private static readonly string[] Zones = ["Europe/Berlin", "America/New_York", "UTC", "Asia/Kolkata", "Australia/Lord_Howe", "Mars/Olympus"];
    private static readonly string[] Words = ["/pricing", "/pricing/team", "/blog", "/docs", "offer-0", "offer-1", "Ana", "Lee", "Zoë", "Ünal", "日本", "a\\\"b", "x\\u0041y", ""];

    private readonly WorkspaceDef _workspace;
    private readonly Random _random;
    private readonly List<EventDef> _events;
    private readonly List<string> _templates;
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    private FuzzInputs(WorkspaceDef workspace, int seed)
    {
        _workspace = workspace;
        _random = new Random(seed);
        _events = [.. workspace.Events, .. workspace.Events, .. workspace.Events, .. BuiltInEvents.All.Where(e => e.Name != BuiltInEvents.StageSlaBreached)];
        _templates = workspace.Templates.Select(t => t.Name).ToList();
    }

    /// <summary>About <paramref name="lines"/> input lines for <paramref name="contacts"/> contacts over ~60 days.</summary>
    public static string Generate(WorkspaceDef workspace, int contacts, int lines, int seed = 1)
    {
        var fuzz = new FuzzInputs(workspace, seed);
        var builder = new StringBuilder(lines * 120);
        for (var i = 0; i < lines; i++)
        {
            fuzz.Line(builder, contacts, i, lines);
        }

        return builder.ToString();
    }

    private bool Chance(int percent) => _random.Next(100) < percent;

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private void Line(StringBuilder b, int contacts, int index, int lines)
    {
        // Mostly in time order, with some lines out of order and some ties.
        var minutes = (long)index * 60 * 24 * 60 / Math.Max(1, lines) + (Chance(10) ? _random.Next(-3000, 3000) : 0);
        var at = new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(minutes).AddSeconds(Chance(20) ? _random.Next(60) : 0);
        var contact = "c" + _random.Next(contacts).ToString(CultureInfo.InvariantCulture);
        var roll = _random.Next(1000);
        var end = Chance(3) ? "\r\n" : "\n";
        switch (roll)
        {
            case < 8:
                b.Append(Pick(["", "   ", "\t", "\r"])).Append('\n');
                return;
            case < 16:
                b.Append(Pick(["{", "[1,2]", "\"text\"", "null", "{\"at\":", "not json", "{\"at\":\"2026-03-01T00:00:00Z\"} x", "{} {}", "{\"at\":\"2026-03-01T00:00:00Z\",}", "\u00ef\u00bb\u00bf{}", "{\"contact\":\"c1\"}"])).Append(end);
                return;
            case < 24:
                b.Append("{\"at\":").Append(Pick(["1", "\"2026-13-01T00:00:00Z\"", "\"2026-02-30T00:00:00Z\"", "\"2026-03-01T00:00:60Z\"", "\"2026-03-01 00:00:00Z\"", "\"2026-03-01T00:00:00+24:00\"", "\"2026-03-01T00:00:00\"", "null", "\"\"", "\"0000-01-01T00:00:00Z\"", "\"2026-03-01T00:00:00Z\\n\""]))
                    .Append(",\"contact\":\"").Append(contact).Append("\",\"event\":\"page_visited\",\"data\":{}}").Append(end);
                return;
        }

        b.Append('{');
        var keys = new List<string>();
        keys.Add("\"at\":\"" + At(at) + "\"");
        keys.Add(roll switch
        {
            < 30 => "\"contact\":" + Pick(["\"\"", "1", "null", "[]"]),
            < 33 => "\"contact\":\"" + Pick(["Zoë-1", "日本", "c\\u00311", "c 1"]) + "\"",
            _ => "\"contact\":\"" + contact + "\"",
        });
        if (roll < 40)
        {
            keys.Add(Pick(["\"extra\":1", "\"at\":\"2026-03-01T00:00:00Z\"", "\"profile\":{},\"event\":\"x\"", "\"data\":{}"]));
        }

        var first = _known.Add(contact);
        if (first || _random.Next(100) < 20)
        {
            keys.Add("\"profile\":" + Profile(full: first && !Chance(5)));
            if (Chance(2))
            {
                keys.Add("\"data\":{}");
            }
        }
        else
        {
            var ev = Chance(3) ? new EventDef(Pick(["unknown_event", BuiltInEvents.StageSlaBreached, "Page_visited"])) : Pick(_events);
            keys.Add("\"event\":" + (Chance(1) ? "7" : Quote(ev.Name)));
            if (!(ev.Fields.Count == 0 && Chance(30)))
            {
                keys.Add("\"data\":" + (Chance(1) ? "[]" : Data(ev)));
            }
        }

        // Keys in any order.
        for (var i = keys.Count - 1; i > 0; i--)
        {
            if (Chance(15))
            {
                var j = _random.Next(i + 1);
                (keys[i], keys[j]) = (keys[j], keys[i]);
            }
        }

        b.Append(string.Join(Chance(5) ? ", " : ",", keys)).Append('}').Append(end);
    }

    private string At(DateTime at)
    {
        var text = at.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        return _random.Next(20) switch
        {
            0 => text + ".123Z",
            1 => text + ".5+02:00",
            2 => at.AddHours(-5).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + "-05:00",
            3 => text.Replace('T', 't') + "z",
            4 => text + ".123456789012Z",
            _ => text + "Z",
        };
    }

    private string Profile(bool full)
    {
        var parts = new List<string>();
        foreach (var field in _workspace.Contact.Fields)
        {
            if (full ? field.Optional && Chance(30) : Chance(45))
            {
                continue;
            }

            parts.Add(Quote(field.Name) + ":" + (Chance(4) ? "null" : Value(field.Type)));
        }

        if (Chance(2))
        {
            parts.Add(Pick(["\"id\":\"x\"", "\"nope\":1", "\"x\\u0041\":1"]));
        }

        if (parts.Count > 0 && Chance(2))
        {
            parts.Add(parts[0]);
        }

        return "{" + string.Join(",", parts) + "}";
    }

    private string Data(EventDef ev)
    {
        var parts = new List<string>();
        foreach (var field in ev.Fields)
        {
            if (Chance(field.Optional ? 40 : 3))
            {
                continue;
            }

            parts.Add(Quote(field.Name) + ":" + (Chance(3) ? "null" : Value(field.Type)));
        }

        if (Chance(2))
        {
            parts.Add("\"bogus\":true");
        }

        return "{" + string.Join(",", parts) + "}";
    }

    private string Value(FieldType type)
    {
        var bad = _random.Next(1000) < 15;
        switch (type.Kind)
        {
            case FieldKind.Text:
                return bad ? "12" : Quote(Pick(Words));
            case FieldKind.Int:
                return bad ? Pick(["1.5", "\"3\"", "1e400"]) : Pick(["0", "3000", "1000.0", "-7", "250", "5000", "1200", "1e3", "79228162514264337593543950335"]);
            case FieldKind.Number:
                return bad ? Pick(["\"x\"", "true"]) : Pick(["0", "3000", "4999.99", "-0.5", "1e-3", "2.50", "1E2", "12345678901234567890.123456789"]);
            case FieldKind.Bool:
                return bad ? "\"true\"" : Pick(["true", "false"]);
            case FieldKind.Date:
                return bad ? "\"2026-02-30\"" : Quote(Pick(["2026-03-05", "2026-04-01", "1999-12-31"]));
            case FieldKind.DateTime:
                return bad ? "\"2026-03-05\"" : Quote(Pick(["2026-03-05T10:00:00Z", "2026-04-01T00:00:00+02:00", "2026-03-20T23:59:59.9Z"]));
            case FieldKind.Email:
                return bad ? Pick(["\"nope\"", "\"a@b\"", "\"a @b.co\""]) : Quote(Pick(["ana@example.com", "z@x.io", "Zoë@exämple.de"]));
            case FieldKind.Phone:
                return bad ? Pick(["\"+12\"", "\"0151\""]) : Quote(Pick(["+4915112345678", "+12025550123"]));
            case FieldKind.Timezone:
                return bad ? "\"Mars/Olympus\"" : Quote(Pick(Zones[..5]));
            case FieldKind.Enum:
                var members = type.Members ?? [];
                return bad || members.Count == 0 ? Quote("Nope") : Quote(Pick(members));
            case FieldKind.Template:
                return bad || _templates.Count == 0 ? Quote("no_such_template") : Quote(Pick(_templates));
            case FieldKind.List:
                if (bad)
                {
                    return Pick(["\"x\"", "[null]", "[1]"]);
                }

                var count = _random.Next(4);
                return "[" + string.Join(",", Enumerable.Range(0, count).Select(_ => Value(type.Element!))) + "]";
            default:
                return "null";
        }
    }

    private static string Quote(string text) => "\"" + text + "\"";
}
