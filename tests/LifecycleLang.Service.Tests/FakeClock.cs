using LifecycleLang.Runtime;
using NodaTime;
using IClock = LifecycleLang.Runtime.IClock;

namespace LifecycleLang.Service.Tests;

/// <summary>The wall clock under the test's control.</summary>
internal sealed class FakeClock(Instant now) : IClock
{
    public Instant Now { get; set; } = now;

    public void Advance(Duration by) => Now += by;
}
