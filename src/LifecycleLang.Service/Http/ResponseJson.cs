using System.Text;
using System.Text.Json;

namespace LifecycleLang.Service.Http;

/// <summary>Response bodies, written by hand so trace lines go out exactly as the trace writer made them (§6 key order).</summary>
internal static class ResponseJson
{
    public static string Submit(SubmitResult result) => Write(w =>
    {
        if (result.Succeeded)
        {
            w.WriteNumber("applied", result.Applied);
            w.WriteNumber("sends", result.Sends);
            if (result.Adjusted.Count > 0)
            {
                WriteLines(w, "adjusted", result.Adjusted);
            }
            w.WriteStartArray("trace");
            foreach (var line in result.Trace)
            {
                w.WriteRawValue(line, skipInputValidation: true);
            }
            w.WriteEndArray();
            return;
        }
        w.WriteString("error", result.Error);
        WriteLines(w, "lines", result.Errors);
    });

    private static void WriteLines(Utf8JsonWriter w, string name, IReadOnlyList<LineError> lines)
    {
        w.WriteStartArray(name);
        foreach (var line in lines)
        {
            w.WriteStartObject();
            w.WriteNumber("line", line.Line);
            w.WriteString("reason", line.Reason);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    public static string Error(string message) => Write(w => w.WriteString("error", message));

    public static string Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
