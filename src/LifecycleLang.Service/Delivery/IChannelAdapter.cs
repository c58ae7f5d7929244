using LifecycleLang.Service.Outbox;

namespace LifecycleLang.Service.Delivery;

/// <summary>Delivers committed sends of one channel. Throwing means "not delivered": the worker retries
/// later with the same idempotency key, which the adapter passes on so receivers can drop repeats.</summary>
public interface IChannelAdapter
{
    /// <summary>The channel's name as in the trace: <c>email</c>, <c>sms</c>, <c>push</c>, <c>webhook</c>.</summary>
    string Channel { get; }

    Task DeliverAsync(OutboxMessage message, CancellationToken cancellation);
}
