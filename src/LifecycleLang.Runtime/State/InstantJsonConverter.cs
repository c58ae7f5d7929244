using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;

namespace LifecycleLang.Runtime;

/// <summary>Instants in state JSON as <c>yyyy-MM-ddTHH:mm:ssZ</c> (runtime instants have whole seconds).</summary>
internal sealed class InstantJsonConverter : JsonConverter<Instant>
{
    public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Rfc3339.TryParse(reader.GetString(), out var i) ? i : throw new JsonException("invalid instant");

    public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Rfc3339.Format(value));
}
