using NodaTime;

namespace LifecycleLang.Runtime;

/// <summary>A clock the simulator moves forward as it processes inputs and timers.</summary>
public sealed class VirtualClock(Instant start) : IClock
{
    public Instant Now { get; private set; } = start;

    /// <summary>Moves the clock; it never goes backwards.</summary>
    public void Set(Instant now)
    {
        if (now > Now)
        {
            Now = now;
        }
    }
}
