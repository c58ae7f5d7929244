using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;

namespace LifecycleLang.Hosting;

/// <summary>Renders a <see cref="SimulationReport"/> as JSON (durations in seconds, ratios as decimals).</summary>
public static class ReportJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Converters = { new DurationSecondsConverter() },
    };

    public static string Render(SimulationReport report) => JsonSerializer.Serialize(report, Options);

    private sealed class DurationSecondsConverter : JsonConverter<Duration>
    {
        public override Duration Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Duration.FromSeconds(reader.GetInt64());

        public override void Write(Utf8JsonWriter writer, Duration value, JsonSerializerOptions options) =>
            writer.WriteNumberValue((long)value.TotalSeconds);
    }
}
