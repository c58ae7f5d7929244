namespace LifecycleLang.Runtime;

/// <summary>Cheap running counters the engine keeps while it runs (no trace parsing needed for a report).</summary>
public sealed class RuntimeCounters
{
    public Dictionary<string, JourneyCounters> Journeys { get; } = new(StringComparer.Ordinal);

    /// <summary>Entries into each stage, keyed <c>funnel/stage</c>.</summary>
    public Dictionary<string, long> StageEntries { get; } = new(StringComparer.Ordinal);

    public long Rejected { get; internal set; }

    internal JourneyCounters Journey(string name)
    {
        if (!Journeys.TryGetValue(name, out var j))
        {
            j = new JourneyCounters();
            Journeys[name] = j;
        }
        return j;
    }

    internal static void Bump(Dictionary<string, long> d, string key) => d[key] = d.GetValueOrDefault(key) + 1;
}
