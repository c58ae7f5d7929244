using NodaTime;

namespace LifecycleLang.Runtime;

/// <summary>
/// A send handed to a channel: every rendered part (<c>subject</c>, <c>body</c>, <c>text</c>, <c>url</c>, …),
/// the webhook method, and the idempotency key <c>journey/contact/instance/step</c> (runtime.md §7).
/// </summary>
public sealed record OutboundMessage(
    Instant At,
    string Contact,
    string Journey,
    long Instance,
    string Step,
    Channel Channel,
    string Template,
    IReadOnlyDictionary<string, string> Parts,
    string? Address,
    string Method)
{
    public string IdempotencyKey => $"{Journey}/{Contact}/{Instance}/{Step}";
}
