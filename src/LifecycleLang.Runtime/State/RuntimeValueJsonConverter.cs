using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace LifecycleLang.Runtime;

/// <summary>
/// Runtime values (profile fields, event data) in state JSON. JSON numbers, strings, booleans and
/// arrays map to decimal, string, bool and <see cref="ValueList"/>; dates and date-times, which would
/// otherwise read back as strings, are tagged: <c>{"date":"2026-11-27"}</c>, <c>{"instant":"…Z"}</c>.
/// </summary>
internal sealed class RuntimeValueJsonConverter : JsonConverter<object>
{
    public override bool HandleNull => true;

    public override object? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number:
                return reader.GetDecimal();
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.StartArray:
                var items = new List<object?>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(Read(ref reader, typeof(object), options));
                }
                return new ValueList(items);
            case JsonTokenType.StartObject:
                reader.Read();
                var tag = reader.GetString();
                reader.Read();
                var text = reader.GetString()!;
                reader.Read(); // EndObject
                return tag switch
                {
                    "date" => LocalDatePattern.Iso.Parse(text).Value,
                    "instant" => Rfc3339.TryParse(text, out var i) ? i : throw new JsonException("invalid instant"),
                    _ => throw new JsonException($"unknown tagged value {tag}"),
                };
            default:
                throw new JsonException($"unexpected token {reader.TokenType}");
        }
    }

    public override void Write(Utf8JsonWriter writer, object? value, JsonSerializerOptions options)
    {
        switch (value)
        {
            case LocalDate d:
                writer.WriteStartObject();
                writer.WriteString("date", LocalDatePattern.Iso.Format(d));
                writer.WriteEndObject();
                break;
            case Instant i:
                writer.WriteStartObject();
                writer.WriteString("instant", Rfc3339.Format(i));
                writer.WriteEndObject();
                break;
            case ValueList l:
                writer.WriteStartArray();
                foreach (var item in l)
                {
                    Write(writer, item, options);
                }
                writer.WriteEndArray();
                break;
            default:
                TraceJson.WriteValue(writer, value);
                break;
        }
    }
}
