using NodaTime;

namespace LifecycleLang.Runtime;

/// <summary>
/// A journey instance as plain, serializable data (no continuations, no threads): where it is in the
/// step tree (<see cref="Stack"/>), what it waits for, the event that caused its entry (in scope for
/// the whole run) and whether it is a holdout entry.
/// </summary>
public sealed class InstanceState
{
    public long Id { get; set; }

    public string Journey { get; set; } = "";

    public string ContactId { get; set; } = "";

    public Instant EnteredAt { get; set; }

    public bool Holdout { get; set; }

    public EventRecord? EntryEvent { get; set; }

    public List<Frame> Stack { get; set; } = [];

    public WaitState? Wait { get; set; }
}
