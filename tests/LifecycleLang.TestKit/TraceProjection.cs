using System.Text.Json;

namespace LifecycleLang.TestKit;

/// <summary>A C# port of shared/acceptance/project_trace.py: keeps the comparable kinds and their key
/// fields, and sorts stably by (at, contact).</summary>
public static class TraceProjection
{
    public static IReadOnlyList<string> Project(IEnumerable<string> traceLines)
    {
        var output = new List<string>();
        foreach (var raw0 in traceLines)
        {
            var raw = raw0.Trim();
            if (raw.Length == 0)
            {
                continue;
            }
            JsonElement r;
            try
            {
                r = JsonDocument.Parse(raw).RootElement;
            }
            catch (JsonException)
            {
                output.Add("UNPARSEABLE " + raw[..Math.Min(80, raw.Length)]);
                continue;
            }
            var kind = Get(r, "kind") is { ValueKind: JsonValueKind.String } k ? k.GetString() : null;
            List<string>? keys = kind switch
            {
                "entered" => Truthy(Get(r, "holdout")) ? ["holdout"] : [],
                "stage" => [Str(Get(r, "stage"))],
                "sent" => [Str(Get(r, "template")), .. new[] { "subject", "text", "url" }.Where(x => Get(r, x) is { ValueKind: not JsonValueKind.Null }).Select(x => Str(Get(r, x))).Take(1)],
                "suppressed" => [Str(Get(r, "template")), Str(Get(r, "reason"))],
                "exited" => [Str(Get(r, "reason"))],
                "goal" => [Str(Get(r, "event"))],
                "sla_breached" => [Str(Get(r, "stage"))],
                "segment" => [Str(Get(r, "segment")), Truthy(Get(r, "joined")) ? "joined" : "left"],
                "split" => [Str(Get(r, "arm"))],
                "rejected" => [Str(Get(r, "line"))],
                _ => null,
            };
            if (keys is null)
            {
                continue;
            }
            string OrDash(JsonElement? e) => Truthy(e) ? Str(e) : "-";
            output.Add(string.Join(" ", new[] { OrDash(Get(r, "at")), OrDash(Get(r, "contact")), OrDash(Get(r, "journey")), kind! }.Concat(keys)));
        }
        return output
            .OrderBy(l => l.Split(' ')[0], StringComparer.Ordinal)
            .ThenBy(l => l.Split(' ')[1], StringComparer.Ordinal)
            .ToList();
    }

    private static JsonElement? Get(JsonElement r, string key) => r.TryGetProperty(key, out var v) ? v : null;

    private static bool Truthy(JsonElement? e) => e switch
    {
        null => false,
        { ValueKind: JsonValueKind.Null or JsonValueKind.False } => false,
        { ValueKind: JsonValueKind.String } s => s.GetString()!.Length > 0,
        { ValueKind: JsonValueKind.Number } n => n.GetDecimal() != 0,
        _ => true,
    };

    // Python's str() of a json.loads value.
    private static string Str(JsonElement? e) => e switch
    {
        null => "None",
        { ValueKind: JsonValueKind.Null } => "None",
        { ValueKind: JsonValueKind.True } => "True",
        { ValueKind: JsonValueKind.False } => "False",
        { ValueKind: JsonValueKind.String } s => s.GetString()!,
        { ValueKind: JsonValueKind.Number } n => n.GetRawText(),
        { } other => other.GetRawText(),
    };
}
