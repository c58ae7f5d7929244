using System.Buffers;
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

    public static string Serialize(TraceLine line) => new string(new LineBuffer().Format(line));

    private static void Write(Utf8JsonWriter w, TraceLine line)
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

    /// <summary>Formats lines into buffers it reuses (one per writer; not thread-safe).</summary>
    internal sealed class LineBuffer
    {
        private readonly ArrayBufferWriter<byte> _bytes = new(512);
        private readonly Utf8JsonWriter _writer;
        private char[] _chars = new char[512];

        public LineBuffer() => _writer = new Utf8JsonWriter(_bytes, Options);

        /// <summary>The line's JSON text, valid until the next call.</summary>
        public ReadOnlySpan<char> Format(TraceLine line)
        {
            _bytes.ResetWrittenCount();
            _writer.Reset(_bytes);
            Write(_writer, line);
            _writer.Flush();
            var utf8 = _bytes.WrittenSpan;
            if (utf8.Length > _chars.Length)
            {
                _chars = new char[Math.Max(utf8.Length, _chars.Length * 2)];
            }
            var count = Encoding.UTF8.GetChars(utf8, _chars);
            return new ReadOnlySpan<char>(_chars, 0, count);
        }
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
                Span<char> number = stackalloc char[64];
                if (NumberFormat.TryFormat(d, number, out var written))
                {
                    w.WriteRawValue(number[..written]);
                }
                else
                {
                    w.WriteRawValue(NumberFormat.Format(d));
                }
                break;
            case Instant i:
                Span<char> instant = stackalloc char[20];
                if (Rfc3339.TryFormat(i, instant))
                {
                    w.WriteStringValue(instant);
                }
                else
                {
                    w.WriteStringValue(Rfc3339.Format(i));
                }
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
