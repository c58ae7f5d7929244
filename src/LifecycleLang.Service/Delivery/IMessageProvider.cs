using LifecycleLang.Service.Outbox;

namespace LifecycleLang.Service.Delivery;

/// <summary>An sms or push provider (a vendor's API). The service ships only <see cref="LoggingMessageProvider"/>;
/// a deployment plugs in its vendor here.</summary>
public interface IMessageProvider
{
    Task SendAsync(OutboxMessage message, CancellationToken cancellation);
}
