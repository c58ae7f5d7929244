using NodaTime;

namespace LifecycleLang.Runtime;

/// <summary>
/// Collects, during one evaluation, the earliest future instant at which a time-dependent term that
/// was actually evaluated can change its value (runtime.md §3 "Refresh timers"). Terms that were
/// short-circuited are not recorded: they cannot change the result on their own before a recorded
/// term does, and at that instant everything is evaluated again.
/// </summary>
internal sealed class TimeDependencies
{
    public TimeDependencies(Instant now) => Now = now;

    public Instant Now { get; private set; }

    /// <summary>Starts a new evaluation at <paramref name="now"/> (the engine reuses one tracker).</summary>
    public void Reset(Instant now)
    {
        Now = now;
        Earliest = null;
    }

    public Instant? Earliest { get; private set; }

    /// <summary>Records that something may change at <paramref name="at"/>; instants not in the future are ignored.</summary>
    public void Report(Instant at)
    {
        if (at > Now && (Earliest is not { } e || at < e))
        {
            Earliest = at;
        }
    }
}
