using System.Text.Json;

namespace LifecycleLang.Runtime;

/// <summary>
/// Reads JSON Lines inputs and validates each line against the workspace (runtime.md §1). Rules that
/// depend on the contact's state at that time (creating a contact, required fields of a new contact)
/// are checked by the engine when the line is processed.
/// </summary>
public sealed class InputReader(CompiledWorkspace workspace)
{
    private static readonly HashSet<string> Keys = new(StringComparer.Ordinal) { "at", "contact", "profile", "event", "data" };

    private FastLineReader? _fast;

    /// <summary>Reads a whole input text: blank lines are skipped but counted; readable lines are
    /// sorted by <c>at</c>, stably (file order for ties).</summary>
    public InputBatch Read(string text)
    {
        var unreadable = new List<UnreadableLine>();
        var records = new List<InputRecord>();
        var fast = _fast ??= new FastLineReader(workspace);
        var sorted = true;
        var lineNumber = 0;
        var start = 0;
        while (true)
        {
            // Lines end at '\n'; a final newline does not start another line.
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline;
            if (newline < 0 && end == start)
            {
                break;
            }
            lineNumber++;
            var line = text.AsSpan(start, end - start).TrimEnd('\r');
            if (!line.IsWhiteSpace())
            {
                switch (fast.TryRead(lineNumber, line) ?? ReadLine(lineNumber, line.ToString()))
                {
                    case UnreadableLine u:
                        unreadable.Add(u);
                        break;
                    case InputRecord r:
                        sorted &= records.Count == 0 || records[^1].At <= r.At;
                        records.Add(r);
                        break;
                }
            }
            if (newline < 0)
            {
                break;
            }
            start = newline + 1;
        }
        return new InputBatch(unreadable, sorted ? records : records.OrderBy(r => r.At).ToList());
    }

    /// <summary>Reads one line: an <see cref="UnreadableLine"/> or an <see cref="InputRecord"/>.</summary>
    public object ReadLine(int lineNumber, string line)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            return new UnreadableLine(lineNumber, "not valid JSON: " + e.Message);
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new UnreadableLine(lineNumber, "not a JSON object");
            }
            if (!root.TryGetProperty("at", out var atJson))
            {
                return new UnreadableLine(lineNumber, "no \"at\"");
            }
            if (atJson.ValueKind != JsonValueKind.String || !Rfc3339.TryParse(atJson.GetString(), out var at))
            {
                return new UnreadableLine(lineNumber, $"\"at\" is not an RFC 3339 date-time: {ValueReader.Show(atJson)}");
            }
            var contact = root.TryGetProperty("contact", out var c) && c.ValueKind == JsonValueKind.String && c.GetString()!.Length > 0 ? c.GetString() : null;
            var reason = Validate(root, contact, out var record, lineNumber, at);
            return reason is null ? record! : new InvalidInput(lineNumber, at, contact, reason);
        }
    }

    private string? Validate(JsonElement root, string? contact, out InputRecord? record, int line, NodaTime.Instant at)
    {
        record = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in root.EnumerateObject())
        {
            if (!seen.Add(p.Name))
            {
                return $"key \"{p.Name}\" appears twice";
            }
            if (!Keys.Contains(p.Name))
            {
                return $"unknown key \"{p.Name}\" (expected at, contact, profile or event and data)";
            }
        }
        if (contact is null)
        {
            return "\"contact\" must be a non-empty string";
        }
        var hasProfile = root.TryGetProperty("profile", out var profile);
        var hasEvent = root.TryGetProperty("event", out var evJson);
        var hasData = root.TryGetProperty("data", out var data);
        if (hasProfile == hasEvent)
        {
            return "a line needs exactly one of \"profile\" and \"event\"";
        }
        if (hasProfile)
        {
            if (hasData)
            {
                return "\"data\" belongs to an event, not to a profile";
            }
            return ValidateProfile(profile, contact, line, at, out record);
        }
        return ValidateEvent(evJson, hasData ? data : null, contact, line, at, out record);
    }

    private string? ValidateProfile(JsonElement profile, string contact, int line, NodaTime.Instant at, out InputRecord? record)
    {
        record = null;
        if (profile.ValueKind != JsonValueKind.Object)
        {
            return "\"profile\" must be an object";
        }
        var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var p in profile.EnumerateObject())
        {
            if (p.Name == "id")
            {
                return "profile field \"id\" is the contact id and cannot be set";
            }
            if (!workspace.ContactFieldsByName.TryGetValue(p.Name, out var field))
            {
                return $"unknown contact field \"{p.Name}\"";
            }
            if (fields.ContainsKey(p.Name))
            {
                return $"contact field \"{p.Name}\" appears twice";
            }
            if (p.Value.ValueKind == JsonValueKind.Null)
            {
                if (!field.Optional)
                {
                    return $"contact field \"{p.Name}\" is required and cannot be unset";
                }
                fields[p.Name] = null;
                continue;
            }
            var error = ValueReader.Read(p.Value, field.Type, workspace, out var value);
            if (error is not null)
            {
                return $"contact field \"{p.Name}\": {error}";
            }
            fields[p.Name] = value;
        }
        record = new ProfileInput(line, at, contact, fields);
        return null;
    }

    private string? ValidateEvent(JsonElement evJson, JsonElement? data, string contact, int line, NodaTime.Instant at, out InputRecord? record)
    {
        record = null;
        if (evJson.ValueKind != JsonValueKind.String)
        {
            return "\"event\" must be a string";
        }
        var name = evJson.GetString()!;
        if (name == BuiltInEvents.StageSlaBreached)
        {
            return "stage_sla_breached is raised by the runtime only and cannot be an input";
        }
        if (!workspace.Events.TryGetValue(name, out var def))
        {
            return $"unknown event \"{name}\"";
        }
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (data is { } d)
        {
            if (d.ValueKind != JsonValueKind.Object)
            {
                return "\"data\" must be an object";
            }
            foreach (var p in d.EnumerateObject())
            {
                var field = def.Fields.FirstOrDefault(f => f.Name == p.Name);
                if (field is null)
                {
                    return $"event {name} has no field \"{p.Name}\"";
                }
                if (values.ContainsKey(p.Name))
                {
                    return $"event field \"{p.Name}\" appears twice";
                }
                if (p.Value.ValueKind == JsonValueKind.Null)
                {
                    if (!field.Optional)
                    {
                        return $"event field \"{p.Name}\" is required";
                    }
                    continue; // an optional field given as null is unset, like one left out
                }
                var error = ValueReader.Read(p.Value, field.Type, workspace, out var value);
                if (error is not null)
                {
                    return $"event field \"{p.Name}\": {error}";
                }
                values[p.Name] = value;
            }
        }
        var missing = def.Fields.Where(f => !f.Optional && !values.ContainsKey(f.Name)).Select(f => f.Name).ToList();
        if (missing.Count > 0)
        {
            return data is null
                ? $"event {name} needs \"data\" with its required field(s) {string.Join(", ", missing)}"
                : $"event {name} is missing required field(s) {string.Join(", ", missing)}";
        }
        record = new EventInput(line, at, contact, name, values);
        return null;
    }
}
