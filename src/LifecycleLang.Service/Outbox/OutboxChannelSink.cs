using LifecycleLang.Runtime;

namespace LifecycleLang.Service.Outbox;

/// <summary>The engine's channel sink in the service: sends are only collected here, and become
/// outbox rows in the same transaction as the state that produced them. Nothing leaves the process
/// before that commit.</summary>
public sealed class OutboxChannelSink : IChannelSink
{
    private readonly List<OutboundMessage> _pending = [];

    public void Deliver(OutboundMessage message) => _pending.Add(message);

    public IReadOnlyList<OutboundMessage> Pending => _pending;

    public void Clear() => _pending.Clear();
}
