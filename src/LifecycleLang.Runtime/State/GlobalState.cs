namespace LifecycleLang.Runtime;

/// <summary>State that belongs to no contact: sequence counters and the broadcasts already fired.</summary>
public sealed class GlobalState
{
    public long NextSeq { get; set; } = 1;

    public long NextInstanceId { get; set; } = 1;

    /// <summary>Keys <c>journey#entryIndex</c> of non-local <c>entry at</c> broadcasts that have fired.</summary>
    public HashSet<string> FiredBroadcasts { get; set; } = new(StringComparer.Ordinal);
}
