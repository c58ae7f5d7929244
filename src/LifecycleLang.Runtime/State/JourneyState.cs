using NodaTime;

namespace LifecycleLang.Runtime;

/// <summary>Everything about one contact in one journey: its last entry (for <c>reentry</c>), the last
/// value of each <c>entry when</c> (for edges), entries still watching for their goal, and the active instance.</summary>
public sealed class JourneyState
{
    public Instant? LastEntryAt { get; set; }

    public List<bool> EntryWhen { get; set; } = [];

    public List<EntryRecord> OpenGoals { get; set; } = [];

    public InstanceState? Active { get; set; }
}
