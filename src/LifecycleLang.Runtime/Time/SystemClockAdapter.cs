using NodaTime;

namespace LifecycleLang.Runtime;

/// <summary>The real clock for the service, truncated to whole seconds like every runtime instant.</summary>
public sealed class SystemClockAdapter : IClock
{
    public Instant Now => Instant.FromUnixTimeSeconds(SystemClock.Instance.GetCurrentInstant().ToUnixTimeSeconds());
}
