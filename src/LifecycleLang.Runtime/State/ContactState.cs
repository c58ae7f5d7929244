using NodaTime;

namespace LifecycleLang.Runtime;

/// <summary>
/// All state of one contact (runtime.md §7): profile, event history (as far back as needed) and
/// all-time counters, scores, segment memberships, stages, subscriptions, sends (for caps), journeys
/// and instances, and its timers (which are derived from this state). Serializable to JSON with
/// <see cref="StateJson"/>.
/// </summary>
/// <remarks>
/// The collections are created on first use of their property (most contacts never need most of them;
/// at 100,000 contacts eager creation was over a million objects for the GC to trace). The engine reads
/// them through the internal <c>…OrNull</c> fields so that a lookup does not create an empty one.
/// Serialised JSON is unchanged: the serializer reads the properties, which create empty collections.
/// </remarks>
public sealed class ContactState
{
    internal Dictionary<string, object?>? ProfileOrNull;
    internal Dictionary<string, List<EventRecord>>? HistoryOrNull;
    internal Dictionary<string, long>? CountsOrNull;
    internal Dictionary<string, ScoreState>? ScoresOrNull;
    internal HashSet<string>? SegmentsOrNull;
    internal Dictionary<string, StageState>? StagesOrNull;
    internal HashSet<string>? UnsubscribedOrNull;
    internal Dictionary<string, List<Instant>>? SendsOrNull;
    internal Dictionary<string, JourneyState>? JourneysOrNull;
    internal List<PendingBroadcast>? BroadcastsOrNull;

    public string Id { get; set; } = "";

    public Instant CreatedAt { get; set; }

    public Dictionary<string, object?> Profile { get => ProfileOrNull ??= new(StringComparer.Ordinal); set => ProfileOrNull = value; }

    public Dictionary<string, List<EventRecord>> History { get => HistoryOrNull ??= new(StringComparer.Ordinal); set => HistoryOrNull = value; }

    public Dictionary<string, long> Counts { get => CountsOrNull ??= new(StringComparer.Ordinal); set => CountsOrNull = value; }

    public Dictionary<string, ScoreState> Scores { get => ScoresOrNull ??= new(StringComparer.Ordinal); set => ScoresOrNull = value; }

    public HashSet<string> Segments { get => SegmentsOrNull ??= new(StringComparer.Ordinal); set => SegmentsOrNull = value; }

    public Dictionary<string, StageState> Stages { get => StagesOrNull ??= new(StringComparer.Ordinal); set => StagesOrNull = value; }

    public HashSet<string> Unsubscribed { get => UnsubscribedOrNull ??= new(StringComparer.Ordinal); set => UnsubscribedOrNull = value; }

    public Dictionary<string, List<Instant>> Sends { get => SendsOrNull ??= new(StringComparer.Ordinal); set => SendsOrNull = value; }

    public Dictionary<string, JourneyState> Journeys { get => JourneysOrNull ??= new(StringComparer.Ordinal); set => JourneysOrNull = value; }

    public Instant? RefreshAt { get; set; }

    public List<PendingBroadcast> Broadcasts { get => BroadcastsOrNull ??= []; set => BroadcastsOrNull = value; }

    /// <summary>The contact's state in a journey, or null when it has none (without creating the dictionary).</summary>
    internal JourneyState? JourneyOrNull(string name) => JourneysOrNull is { } journeys ? journeys.GetValueOrDefault(name) : null;

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
