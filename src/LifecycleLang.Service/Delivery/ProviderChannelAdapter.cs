using LifecycleLang.Service.Outbox;

namespace LifecycleLang.Service.Delivery;

/// <summary>sms and push: the channel is whatever provider the deployment plugs in.</summary>
public sealed class ProviderChannelAdapter(string channel, IMessageProvider provider) : IChannelAdapter
{
    public string Channel => channel;

    public Task DeliverAsync(OutboxMessage message, CancellationToken cancellation) => provider.SendAsync(message, cancellation);
}
