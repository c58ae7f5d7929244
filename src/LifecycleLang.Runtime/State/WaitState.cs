using NodaTime;

namespace LifecycleLang.Runtime;

/// <summary>A paused instance's wait: the step it waits at, why, its deadline, and the timer's
/// creation order (the last tie-break of runtime.md §3).</summary>
public sealed class WaitState
{
    public string StepId { get; set; } = "";

    public WaitKind Kind { get; set; }

    public Instant Until { get; set; }

    public long Seq { get; set; }
}
