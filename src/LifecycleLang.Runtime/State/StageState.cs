using NodaTime;

namespace LifecycleLang.Runtime;

/// <summary>The contact's current stage in one funnel, and the pending SLA deadline of this stay
/// (cleared when it fires — once per stay — or when the contact leaves the stage).</summary>
public sealed class StageState
{
    public string Stage { get; set; } = "";

    public Instant EnteredAt { get; set; }

    public Instant? SlaDue { get; set; }

    public long SlaSeq { get; set; }
}
