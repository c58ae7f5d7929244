namespace LifecycleLang.Service.Outbox;

/// <summary>
/// A committed send as the delivery worker sees it: the rendered parts, where it goes, and its
/// idempotency key <c>journey/contact/instance/step</c>, which is stable across retries and crashes
/// so that a receiver can drop a second delivery of the same message.
/// </summary>
public sealed record OutboxMessage(
    long Id,
    string IdempotencyKey,
    string At,
    string Contact,
    string Journey,
    long Instance,
    string Step,
    string Channel,
    string Template,
    IReadOnlyDictionary<string, string> Parts,
    string? Address,
    string Method,
    int Attempts);
