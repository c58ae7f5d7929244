using System.Text.Json;
using LifecycleLang.Runtime;

namespace LifecycleLang.Service.Outbox;

/// <summary>The JSON kept in an outbox row's <c>message</c> column: everything an adapter needs, so
/// delivery never consults contact state (which may have changed since the send was committed).</summary>
internal sealed record OutboxPayload(
    string At,
    string Contact,
    string Journey,
    long Instance,
    string Step,
    string Channel,
    string Template,
    Dictionary<string, string> Parts,
    string? Address,
    string Method)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static OutboxPayload From(OutboundMessage message) => new(
        Rfc3339.Format(message.At), message.Contact, message.Journey, message.Instance, message.Step, message.Channel.Name(),
        message.Template, new Dictionary<string, string>(message.Parts, StringComparer.Ordinal), message.Address, message.Method);

    public string ToJson() => JsonSerializer.Serialize(this, Options);

    public static OutboxPayload FromJson(string json) =>
        JsonSerializer.Deserialize<OutboxPayload>(json, Options) ?? throw new JsonException("empty outbox message");

    public OutboxMessage ToMessage(long id, string key, int attempts) =>
        new(id, key, At, Contact, Journey, Instance, Step, Channel, Template, Parts, Address, Method, attempts);
}
