using System.Text.Json;
using NodaTime;

namespace LifecycleLang.Runtime.Tests;

/// <summary>Small helpers for rule tests: building workspaces and inputs, and reading traces compactly.</summary>
internal static class T
{
    public static readonly FieldDef Email = new("email", FieldType.Email, Optional: true);
    public static readonly FieldDef Phone = new("phone", FieldType.Phone, Optional: true);
    public static readonly FieldDef Zone = new("timezone", FieldType.Timezone, Optional: true);
    public static readonly FieldDef FirstName = new("first_name", FieldType.Text, Optional: true);

    public static readonly EventDef Ping = new("ping", new FieldDef("n", FieldType.Int, Optional: true));
    public static readonly EventDef Go = new("go");
    public static readonly EventDef Buy = new("buy", new FieldDef("amount", FieldType.Number, Optional: true));

    public static ContactSchema Contact(params FieldDef[] extra) => new([Email, Phone, Zone, FirstName, .. extra]);

    public static TemplateDef EmailTemplate(string name, string subject = "s") =>
        new(name, Channel.Email, AcceptanceWorkspaces.Parts(("subject", subject), ("body", "b")));

    public static TemplateDef SmsTemplate(string name, string text = "t") => new(name, Channel.Sms, AcceptanceWorkspaces.Parts(("text", text)));

    public static TemplateDef WebhookTemplate(string name, string url = "https://x.test/") => new(name, Channel.Webhook, AcceptanceWorkspaces.Parts(("url", url)));

    public static Instant At(string rfc3339) => Ops.DateTime(rfc3339);

    /// <summary>A profile line (fields as JSON text without braces).</summary>
    public static string Profile(string at, string contact, string fields) =>
        $"{{\"at\":\"{at}\",\"contact\":\"{contact}\",\"profile\":{{{fields}}}}}";

    /// <summary>An event line (data as JSON text without braces, or null for no data).</summary>
    public static string Event(string at, string contact, string ev, string? data = null) =>
        data is null
            ? $"{{\"at\":\"{at}\",\"contact\":\"{contact}\",\"event\":\"{ev}\"}}"
            : $"{{\"at\":\"{at}\",\"contact\":\"{contact}\",\"event\":\"{ev}\",\"data\":{{{data}}}}}";

    /// <summary>Runs and returns compact lines: <c>at contact journey/step kind k=v …</c>.</summary>
    public static List<string> Run(WorkspaceDef ws, params string[] lines) => RunUntil(ws, null, lines);

    public static List<string> RunUntil(WorkspaceDef ws, Instant? until, params string[] lines)
    {
        var (trace, _, _) = SimulationHarness.Run(ws, string.Join("\n", lines) + "\n", until);
        return trace.Select(Compact).ToList();
    }

    public static List<string> Only(this List<string> lines, params string[] kinds) =>
        lines.Where(l => kinds.Contains(l.Split(' ')[3])).ToList();

    public static string Compact(string json)
    {
        var r = JsonDocument.Parse(json).RootElement;
        var parts = new List<string>();
        string? journey = null, step = null;
        string head = "";
        foreach (var p in r.EnumerateObject())
        {
            switch (p.Name)
            {
                case "at":
                    head = p.Value.ValueKind == JsonValueKind.Null ? "-" : p.Value.GetString()!;
                    break;
                case "contact":
                    head += " " + (p.Value.ValueKind == JsonValueKind.Null ? "-" : p.Value.GetString());
                    break;
                case "journey":
                    journey = p.Value.GetString();
                    break;
                case "step":
                    step = p.Value.GetString();
                    break;
                case "kind":
                    head += " " + (journey ?? "-") + (step is null ? "" : "/" + step) + " " + p.Value.GetString();
                    break;
                default:
                    parts.Add(p.Name + "=" + (p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : p.Value.GetRawText()));
                    break;
            }
        }
        return parts.Count == 0 ? head : head + " " + string.Join(" ", parts);
    }
}
