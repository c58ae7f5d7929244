using NodaTime;

namespace LifecycleLang.Runtime;

/// <summary>The current instant: virtual in the simulator, the system clock in the service.</summary>
public interface IClock
{
    Instant Now { get; }
}
