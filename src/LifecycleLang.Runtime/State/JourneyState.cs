using NodaTime;

namespace LifecycleLang.Runtime;

/// <summary>Everything about one contact in one journey: its last entry (for <c>reentry</c>), the last
/// value of each <c>entry when</c> (for edges), entries still watching for their goal, and the active instance.</summary>
/// <remarks>The lists are created on first use of their property (see <see cref="ContactState"/>).</remarks>
public sealed class JourneyState
{
    internal List<bool>? EntryWhenOrNull;
    internal List<EntryRecord>? OpenGoalsOrNull;

    public Instant? LastEntryAt { get; set; }

    public List<bool> EntryWhen { get => EntryWhenOrNull ??= []; set => EntryWhenOrNull = value; }

    public List<EntryRecord> OpenGoals { get => OpenGoalsOrNull ??= []; set => OpenGoalsOrNull = value; }

    public InstanceState? Active { get; set; }
}
