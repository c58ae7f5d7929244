using LifecycleLang.Runtime;
using LifecycleLang.Service.Outbox;
using Microsoft.Extensions.Logging;

namespace LifecycleLang.Service.Delivery;

/// <summary>
/// Delivers committed outbox rows through the channel adapters. Delivery happens before marking, so a
/// crash between the two delivers the row again on restart (at-least-once); the idempotency key, the
/// same on every attempt, lets the receiver drop the repeat. A row is never lost: it stays until
/// marked delivered or given up.
/// </summary>
public sealed class DeliveryWorker
{
    private readonly IOutboxStore _outbox;
    private readonly IReadOnlyDictionary<string, IChannelAdapter> _adapters;
    private readonly IClock _clock;
    private readonly RetryPolicy _retry;
    private readonly ILogger _logger;

    public DeliveryWorker(IOutboxStore outbox, IEnumerable<IChannelAdapter> adapters, IClock clock, RetryPolicy retry, ILogger logger)
    {
        _outbox = outbox;
        _adapters = adapters.ToDictionary(a => a.Channel, StringComparer.Ordinal);
        _clock = clock;
        _retry = retry;
        _logger = logger;
    }

    /// <summary>Delivers the rows due now (at most <paramref name="batch"/>); returns how many were attempted.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellation, int batch = 100)
    {
        var due = _outbox.Due(_clock.Now, batch);
        foreach (var message in due)
        {
            cancellation.ThrowIfCancellationRequested();
            try
            {
                if (!_adapters.TryGetValue(message.Channel, out var adapter))
                {
                    throw new InvalidOperationException($"no adapter for channel {message.Channel}");
                }
                await adapter.DeliverAsync(message, cancellation).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellation.IsCancellationRequested)
            {
                var attempts = message.Attempts + 1;
                var retryAt = _retry.RetryAt(_clock.Now, attempts);
                _outbox.MarkFailed(message.Id, attempts, retryAt, exception.Message, _clock.Now);
                if (retryAt is { } at)
                {
                    _logger.LogWarning("outbox {Key}: attempt {Attempts} failed ({Error}); retrying at {At}", message.IdempotencyKey, attempts, exception.Message, Rfc3339.Format(at));
                }
                else
                {
                    _logger.LogError("outbox {Key}: given up after {Attempts} attempts ({Error})", message.IdempotencyKey, attempts, exception.Message);
                }
                continue;
            }
            _outbox.MarkDelivered(message.Id, _clock.Now);
        }
        return due.Count;
    }
}
