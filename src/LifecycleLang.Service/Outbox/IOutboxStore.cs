using NodaTime;

namespace LifecycleLang.Service.Outbox;

/// <summary>What the delivery worker needs from the outbox: due rows, and marking each one's fate.</summary>
public interface IOutboxStore
{
    /// <summary>Undelivered rows whose next attempt is due at <paramref name="now"/>, oldest first.</summary>
    IReadOnlyList<OutboxMessage> Due(Instant now, int limit);

    void MarkDelivered(long id, Instant now);

    /// <summary>Records a failed attempt: retried at <paramref name="retryAt"/>, or given up for good when it is null.</summary>
    void MarkFailed(long id, int attempts, Instant? retryAt, string error, Instant now);

    OutboxCounts Counts();
}
