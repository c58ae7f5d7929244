using NodaTime;

namespace LifecycleLang.Service;

/// <summary>
/// How the service relates input times to the wall clock (docs/decisions/service.md). The engine
/// needs non-decreasing time. Timers fire <see cref="TimerGrace"/> behind the wall clock so that
/// inputs arriving a little late (network, batching) are still in order. An input at most
/// <see cref="LateTolerance"/> older than what the engine already processed (concurrent senders'
/// jitter) is processed at that later instant and reported as adjusted; an older one is refused. An
/// input more than <see cref="FutureTolerance"/> ahead of the wall clock is refused, because
/// processing it would fire every timer up to it early.
/// </summary>
public sealed record ServiceSettings(Duration TimerGrace, Duration FutureTolerance, Duration LateTolerance)
{
    public static ServiceSettings Default { get; } = new(Duration.FromSeconds(5), Duration.FromMinutes(5), Duration.FromSeconds(5));
}
