using NodaTime;

namespace LifecycleLang.Service;

/// <summary>
/// How the service relates input times to the wall clock (docs/decisions/service.md). The engine
/// needs non-decreasing time, so an input earlier than what it has already processed is refused;
/// timers fire <see cref="TimerGrace"/> behind the wall clock so that inputs arriving a little late
/// (network, batching) are still in order. An input more than <see cref="FutureTolerance"/> ahead of
/// the wall clock is refused, because processing it would fire every timer up to it early.
/// </summary>
public sealed record ServiceSettings(Duration TimerGrace, Duration FutureTolerance)
{
    public static ServiceSettings Default { get; } = new(Duration.FromSeconds(5), Duration.FromMinutes(5));
}
