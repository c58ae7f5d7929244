using NodaTime;

namespace LifecycleLang.Runtime;

/// <summary>
/// All state of one contact (runtime.md §7): profile, event history (as far back as needed) and
/// all-time counters, scores, segment memberships, stages, subscriptions, sends (for caps), journeys
/// and instances, and its timers (which are derived from this state). Serializable to JSON with
/// <see cref="StateJson"/>.
/// </summary>
public sealed class ContactState
{
    public string Id { get; set; } = "";

    public Instant CreatedAt { get; set; }

    public Dictionary<string, object?> Profile { get; set; } = new(StringComparer.Ordinal);

    public Dictionary<string, List<EventRecord>> History { get; set; } = new(StringComparer.Ordinal);

    public Dictionary<string, long> Counts { get; set; } = new(StringComparer.Ordinal);

    public Dictionary<string, ScoreState> Scores { get; set; } = new(StringComparer.Ordinal);

    public HashSet<string> Segments { get; set; } = new(StringComparer.Ordinal);

    public Dictionary<string, StageState> Stages { get; set; } = new(StringComparer.Ordinal);

    public HashSet<string> Unsubscribed { get; set; } = new(StringComparer.Ordinal);

    public Dictionary<string, List<Instant>> Sends { get; set; } = new(StringComparer.Ordinal);

    public Dictionary<string, JourneyState> Journeys { get; set; } = new(StringComparer.Ordinal);

    public Instant? RefreshAt { get; set; }

    public List<PendingBroadcast> Broadcasts { get; set; } = [];

    internal JourneyState Journey(string name)
    {
        if (!Journeys.TryGetValue(name, out var j))
        {
            j = new JourneyState();
            Journeys[name] = j;
        }
        return j;
    }
}
