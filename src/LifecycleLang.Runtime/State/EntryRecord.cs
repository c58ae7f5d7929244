using NodaTime;

namespace LifecycleLang.Runtime;

/// <summary>An entry whose goal has not been reached yet and whose window is still open.</summary>
public sealed class EntryRecord
{
    public long InstanceId { get; set; }

    public Instant EnteredAt { get; set; }

    public bool Holdout { get; set; }
}
