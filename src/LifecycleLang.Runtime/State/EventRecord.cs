using NodaTime;

namespace LifecycleLang.Runtime;

/// <summary>An event in a contact's history: its name, instant, typed field values (unset fields absent)
/// and a global sequence number that keeps equal instants in arrival order.</summary>
public sealed class EventRecord
{
    public string Name { get; set; } = "";

    public Instant At { get; set; }

    public Dictionary<string, object?> Data { get; set; } = new(StringComparer.Ordinal);

    public long Seq { get; set; }
}
