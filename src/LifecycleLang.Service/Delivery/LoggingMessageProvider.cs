using LifecycleLang.Service.Outbox;
using Microsoft.Extensions.Logging;

namespace LifecycleLang.Service.Delivery;

/// <summary>The default for channels with no real provider configured: the message is logged and
/// counted as delivered, so the outbox drains and an operator sees what would have gone out.</summary>
public sealed class LoggingMessageProvider(ILogger logger, string channel) : IMessageProvider
{
    public Task SendAsync(OutboxMessage message, CancellationToken cancellation)
    {
        logger.LogInformation("{Channel} not sent (no provider configured): {Key} template {Template} to {Address}",
            channel, message.IdempotencyKey, message.Template, message.Address ?? message.Contact);
        return Task.CompletedTask;
    }
}
