using System.Text.Json;
using System.Text.Json.Serialization;

namespace LifecycleLang.Runtime;

/// <summary>JSON (de)serialisation of engine state, for durable stores. Round-trips exactly: a store
/// that serialises every contact on save and deserialises it on load runs the same trace.</summary>
public static class StateJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string Serialize(ContactState contact) => JsonSerializer.Serialize(contact, Options);

    public static ContactState DeserializeContact(string json) =>
        JsonSerializer.Deserialize<ContactState>(json, Options) ?? throw new JsonException("empty contact state");

    public static string Serialize(GlobalState state) => JsonSerializer.Serialize(state, Options);

    public static GlobalState DeserializeGlobal(string json) =>
        JsonSerializer.Deserialize<GlobalState>(json, Options) ?? throw new JsonException("empty global state");

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.Converters.Add(new InstantJsonConverter());
        options.Converters.Add(new RuntimeValueJsonConverter());
        options.Converters.Add(new JsonStringEnumConverter());
        return options;
    }
}
