using LifecycleLang.Service.Delivery;
using LifecycleLang.Service.Outbox;

namespace LifecycleLang.Service.Tests;

/// <summary>A receiver that deduplicates by idempotency key, as the docs ask real receivers to; it can fail on demand.</summary>
internal sealed class RecordingAdapter(string channel = "email") : IChannelAdapter
{
    private readonly object _gate = new();

    public string Channel => channel;

    public int FailNext { get; set; }

    public List<string> Attempts { get; } = [];

    public HashSet<string> Received { get; } = new(StringComparer.Ordinal);

    public Task DeliverAsync(OutboxMessage message, CancellationToken cancellation)
    {
        lock (_gate)
        {
            Attempts.Add(message.IdempotencyKey);
            if (FailNext > 0)
            {
                FailNext--;
                throw new HttpRequestException("simulated: the provider is down");
            }
            Received.Add(message.IdempotencyKey);
        }
        return Task.CompletedTask;
    }

    public int ReceivedCount
    {
        get
        {
            lock (_gate)
            {
                return Received.Count;
            }
        }
    }
}
