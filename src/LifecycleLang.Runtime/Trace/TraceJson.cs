using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;

namespace LifecycleLang.Runtime;

/// <summary>
/// Serialises trace lines: keys in the order <c>at, contact, journey, step, kind</c>, then the kind's
/// fields; instants as <c>yyyy-MM-ddTHH:mm:ssZ</c>; numbers without trailing zeros or exponents;
/// dates as <c>yyyy-MM-dd</c>; lists as arrays. Non-ASCII text is written as UTF-8, not escaped.
/// </summary>
public static class TraceJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
        SkipValidation = false,
    };

    public static string Serialize(TraceLine line)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            w.WritePropertyName("at");
            WriteValue(w, line.At);
            w.WritePropertyName("contact");
            WriteValue(w, line.Contact);
            if (line.Journey is not null)
            {
                w.WriteString("journey", line.Journey);
            }
            if (line.Step is not null)
            {
                w.WriteString("step", line.Step);
            }
            w.WriteString("kind", line.Kind);
            foreach (var (key, value) in line.Fields)
            {
                w.WritePropertyName(key);
                WriteValue(w, value);
            }
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes a runtime value as JSON.</summary>
    public static void WriteValue(Utf8JsonWriter w, object? value)
    {
        switch (Ops.Plain(value))
        {
            case null:
                w.WriteNullValue();
                break;
            case string s:
                w.WriteStringValue(s);
                break;
            case bool b:
                w.WriteBooleanValue(b);
                break;
            case decimal d:
                w.WriteRawValue(NumberFormat.Format(d));
                break;
            case Instant i:
                w.WriteStringValue(Rfc3339.Format(i));
                break;
            case LocalDate d:
                w.WriteStringValue(d.ToString("uuuu'-'MM'-'dd", System.Globalization.CultureInfo.InvariantCulture));
                break;
            case Duration d:
                w.WriteRawValue(NumberFormat.Format((decimal)d.TotalSeconds));
                break;
            case ValueList l:
                w.WriteStartArray();
                foreach (var item in l)
                {
                    WriteValue(w, item);
                }
                w.WriteEndArray();
                break;
            case var other:
                w.WriteStringValue(Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture));
                break;
        }
    }
}
