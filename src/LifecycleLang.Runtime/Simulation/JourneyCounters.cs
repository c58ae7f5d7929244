namespace LifecycleLang.Runtime;

/// <summary>Per-journey figures for reports: entries (treatment and holdout), goals of each group,
/// exits by reason, and per-step counters by step id.</summary>
public sealed class JourneyCounters
{
    public long Entered { get; internal set; }

    public long HoldoutEntered { get; internal set; }

    public long Goals { get; internal set; }

    public long HoldoutGoals { get; internal set; }

    public Dictionary<string, long> Exited { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, StepCounters> Steps { get; } = new(StringComparer.Ordinal);

    internal StepCounters Step(string id)
    {
        if (!Steps.TryGetValue(id, out var s))
        {
            s = new StepCounters();
            Steps[id] = s;
        }
        return s;
    }
}
