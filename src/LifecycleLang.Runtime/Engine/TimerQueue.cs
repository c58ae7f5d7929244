namespace LifecycleLang.Runtime;

/// <summary>
/// The engine's timer index. Timers are not state of their own: each contact's timers are derived
/// from its state after every pass and replace the previous ones, so a durable store only has to keep
/// contacts (and the index is rebuilt at start-up). Most passes leave a contact's timers as they
/// were; then the queue is not touched.
/// </summary>
internal sealed class TimerQueue
{
    private readonly SortedSet<TimerEntry> _queue = new();
    private readonly Dictionary<string, List<TimerEntry>> _byContact = new(StringComparer.Ordinal);

    public int Count => _queue.Count;

    public TimerEntry? Min => _queue.Count == 0 ? null : _queue.Min;

    public void Add(TimerEntry timer) => _queue.Add(timer);

    public void Remove(TimerEntry timer)
    {
        _queue.Remove(timer);
        if (timer.Contact.Length > 0 && _byContact.TryGetValue(timer.Contact, out var list))
        {
            list.Remove(timer);
        }
    }

    /// <summary>Replaces a contact's timers with <paramref name="timers"/> (copied: the caller may reuse the list).</summary>
    public void ReplaceContactTimers(string contact, List<TimerEntry> timers)
    {
        if (_byContact.TryGetValue(contact, out var old))
        {
            if (Same(old, timers))
            {
                return;
            }
            foreach (var t in old)
            {
                _queue.Remove(t);
            }
            old.Clear();
            old.AddRange(timers);
        }
        else if (timers.Count > 0)
        {
            _byContact[contact] = [.. timers];
        }
        foreach (var t in timers)
        {
            _queue.Add(t);
        }
    }

    private static bool Same(List<TimerEntry> a, List<TimerEntry> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }
        for (var i = 0; i < a.Count; i++)
        {
            if (!a[i].Equals(b[i]))
            {
                return false;
            }
        }
        return true;
    }
}
