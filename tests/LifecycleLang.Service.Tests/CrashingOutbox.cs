using LifecycleLang.Service.Outbox;
using NodaTime;

namespace LifecycleLang.Service.Tests;

/// <summary>The real outbox, but the process "dies" at the next MarkDelivered: after the adapter
/// delivered, before the row was marked.</summary>
internal sealed class CrashingOutbox(IOutboxStore inner) : IOutboxStore
{
    public bool CrashBeforeMarking { get; set; }

    public IReadOnlyList<OutboxMessage> Due(Instant now, int limit) => inner.Due(now, limit);

    public void MarkDelivered(long id, Instant now)
    {
        if (CrashBeforeMarking)
        {
            CrashBeforeMarking = false;
            throw new InvalidOperationException("simulated crash between delivery and marking");
        }
        inner.MarkDelivered(id, now);
    }

    public void MarkFailed(long id, int attempts, Instant? retryAt, string error, Instant now) => inner.MarkFailed(id, attempts, retryAt, error, now);

    public OutboxCounts Counts() => inner.Counts();
}
