using NodaTime;

namespace LifecycleLang.Runtime;

/// <summary>
/// A scheduled timer, ordered exactly as runtime.md §3 says: due time; then contacts' own timers
/// (group 0) before broadcasts (group 1); within group 0 by contact id, then SLA (class 0), refresh (1)
/// and journey timers (2), then funnel/journey name, then creation order; within group 1 by journey
/// name, then contact id (empty for a broadcast to everyone). A value: re-deriving a contact's timers
/// after a pass allocates nothing.
/// </summary>
internal readonly record struct TimerEntry(Instant Due, int Group, int Class, long Seq, TimerKind Kind, string Contact, string Name, int Entry)
    : IComparable<TimerEntry>
{
    public static TimerEntry Sla(Instant due, string contact, string funnel, long seq) => new(due, 0, 0, seq, TimerKind.Sla, contact, funnel, 0);

    public static TimerEntry Refresh(Instant due, string contact) => new(due, 0, 1, 0, TimerKind.Refresh, contact, "", 0);

    public static TimerEntry Wait(Instant due, string contact, string journey, long seq) => new(due, 0, 2, seq, TimerKind.Wait, contact, journey, 0);

    public static TimerEntry Broadcast(Instant due, string journey, int entry) => new(due, 1, 0, entry, TimerKind.Broadcast, "", journey, entry);

    public static TimerEntry LocalBroadcast(Instant due, string journey, string contact, int entry, long seq) =>
        new(due, 1, 0, seq, TimerKind.LocalBroadcast, contact, journey, entry);

    // The two text keys of the order, derived rather than stored (a smaller entry to copy): a contact's
    // own timers sort by contact, then funnel/journey; broadcasts by journey, then contact.
    private string First => Group == 0 ? Contact : Name;

    private string Second => Group == 0 ? Name : Contact;

    public int CompareTo(TimerEntry other)
    {
        var c = Due.CompareTo(other.Due);
        if (c == 0) c = Group.CompareTo(other.Group);
        if (c == 0) c = string.CompareOrdinal(First, other.First);
        if (c == 0) c = Class.CompareTo(other.Class);
        if (c == 0) c = string.CompareOrdinal(Second, other.Second);
        if (c == 0) c = Seq.CompareTo(other.Seq);
        if (c == 0) c = Kind.CompareTo(other.Kind);
        if (c == 0) c = Entry.CompareTo(other.Entry);
        return c;
    }
}
