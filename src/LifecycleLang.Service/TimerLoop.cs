using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LifecycleLang.Service;

/// <summary>Fires due timers from the wall clock. It polls (at most <c>interval</c> apart) rather than
/// sleeping until the next due time, because a request can add an earlier timer at any moment.</summary>
public sealed class TimerLoop(JourneyService service, TimeSpan interval, ILogger logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                service.FireDueTimers();
            }
            catch (Exception exception)
            {
                logger.LogError("timers: {Error}; retrying", exception.Message);
            }
            try
            {
                await Task.Delay(interval, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
