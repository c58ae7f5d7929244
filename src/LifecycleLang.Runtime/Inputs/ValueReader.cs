using System.Text.Json;
using System.Text.RegularExpressions;
using NodaTime.Text;

namespace LifecycleLang.Runtime;

/// <summary>Reads a JSON value as a field of a given type (runtime.md §1 "Values in JSON").</summary>
internal static partial class ValueReader
{
    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s.]+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^\+[0-9]{7,15}$", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();

    /// <summary>Returns null and sets <paramref name="value"/> on success, else a reason.</summary>
    public static string? Read(JsonElement json, FieldType type, CompiledWorkspace workspace, out object? value)
    {
        value = null;
        switch (type.Kind)
        {
            case FieldKind.Text:
                return Text(json, "text", out value);
            case FieldKind.Int:
                if (json.ValueKind != JsonValueKind.Number || !json.TryGetDecimal(out var i) || decimal.Truncate(i) != i)
                {
                    return $"expected an int (a number without a fractional part), got {Show(json)}";
                }
                value = i;
                return null;
            case FieldKind.Number:
                if (json.ValueKind != JsonValueKind.Number || !json.TryGetDecimal(out var n))
                {
                    return $"expected a number, got {Show(json)}";
                }
                value = n;
                return null;
            case FieldKind.Bool:
                if (json.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    return $"expected true or false, got {Show(json)}";
                }
                value = json.GetBoolean();
                return null;
            case FieldKind.Date:
                if (json.ValueKind != JsonValueKind.String || !LocalDatePattern.Iso.Parse(json.GetString()!).TryGetValue(default, out var date))
                {
                    return $"expected a date \"yyyy-MM-dd\", got {Show(json)}";
                }
                value = date;
                return null;
            case FieldKind.DateTime:
                if (json.ValueKind != JsonValueKind.String || !Rfc3339.TryParse(json.GetString(), out var instant))
                {
                    return $"expected an RFC 3339 date-time, got {Show(json)}";
                }
                value = instant;
                return null;
            case FieldKind.Email:
                return Matching(json, EmailPattern(), "an email address local@domain.tld", out value);
            case FieldKind.Phone:
                return Matching(json, PhonePattern(), "an E.164 phone number (+ and 7 to 15 digits)", out value);
            case FieldKind.Timezone:
                if (json.ValueKind != JsonValueKind.String || WallClock.Zone(json.GetString()) is null)
                {
                    return $"expected an IANA time zone name, got {Show(json)}";
                }
                value = json.GetString();
                return null;
            case FieldKind.Enum:
                var members = type.Members ?? [];
                if (json.ValueKind != JsonValueKind.String || !members.Contains(json.GetString(), StringComparer.Ordinal))
                {
                    return $"{Show(json)} is not a member of {type.EnumName} ({string.Join(", ", members)})";
                }
                value = json.GetString();
                return null;
            case FieldKind.Template:
                if (json.ValueKind != JsonValueKind.String || !workspace.Templates.ContainsKey(json.GetString()!))
                {
                    return $"{Show(json)} is not a declared template";
                }
                value = json.GetString();
                return null;
            case FieldKind.List:
                if (json.ValueKind != JsonValueKind.Array)
                {
                    return $"expected a list ({type}), got {Show(json)}";
                }
                var items = new List<object?>();
                var index = 0;
                foreach (var item in json.EnumerateArray())
                {
                    object? v = null;
                    var error = item.ValueKind == JsonValueKind.Null ? "null is not allowed in a list" : Read(item, type.Element!, workspace, out v);
                    if (error is not null)
                    {
                        return $"item {index}: {error}";
                    }
                    items.Add(v);
                    index++;
                }
                value = new ValueList(items);
                return null;
            default:
                return $"unsupported field type {type}";
        }
    }

    private static string? Text(JsonElement json, string what, out object? value)
    {
        value = null;
        if (json.ValueKind != JsonValueKind.String)
        {
            return $"expected {what} (a string), got {Show(json)}";
        }
        value = json.GetString();
        return null;
    }

    private static string? Matching(JsonElement json, Regex pattern, string what, out object? value)
    {
        value = null;
        if (json.ValueKind != JsonValueKind.String || !pattern.IsMatch(json.GetString()!))
        {
            return $"expected {what}, got {Show(json)}";
        }
        value = json.GetString();
        return null;
    }

    /// <summary>Whether a string is a valid date, email, phone or time zone (the rules of <see cref="Read"/>), and its value.</summary>
    internal static bool IsValidText(string text, FieldKind kind, out object? value)
    {
        value = null;
        switch (kind)
        {
            case FieldKind.Date:
                if (!LocalDatePattern.Iso.Parse(text).TryGetValue(default, out var date))
                {
                    return false;
                }
                value = date;
                return true;
            case FieldKind.Email:
                value = text;
                return EmailPattern().IsMatch(text);
            case FieldKind.Phone:
                value = text;
                return PhonePattern().IsMatch(text);
            case FieldKind.Timezone:
                value = text;
                return WallClock.Zone(text) is not null;
            default:
                return false;
        }
    }

    internal static string Show(JsonElement json)
    {
        var raw = json.GetRawText();
        return raw.Length > 60 ? raw[..57] + "..." : raw;
    }
}
