using NodaTime;

namespace LifecycleLang.Runtime;

/// <summary>What a simulation leaves behind besides its trace: counters for a report, the sends, and
/// whether it stopped at the 366-day horizon with timers still pending.</summary>
public sealed record SimulationResult(RuntimeCounters Counters, IReadOnlyList<OutboundMessage> Sends, bool StoppedAtHorizon, int PendingTimers, Instant? LastInput);
