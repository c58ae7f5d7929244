namespace LifecycleLang.Runtime;

/// <summary>Per-step figures: reached (each time the step runs; a quiet-hours retry is not counted
/// again), sends made, sends held by quiet hours, and suppressions by reason.</summary>
public sealed class StepCounters
{
    public long Reached { get; internal set; }

    public long Sent { get; internal set; }

    public long Held { get; internal set; }

    public Dictionary<string, long> Suppressed { get; } = new(StringComparer.Ordinal);
}
