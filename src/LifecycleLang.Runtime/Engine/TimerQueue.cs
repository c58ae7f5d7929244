namespace LifecycleLang.Runtime;

/// <summary>
/// The engine's timer index. Timers are not state of their own: each contact's timers are derived
/// from its state after every pass and replace the previous ones, so a durable store only has to keep
/// contacts (and the index is rebuilt at start-up).
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

    public void ReplaceContactTimers(string contact, List<TimerEntry> timers)
    {
        if (_byContact.TryGetValue(contact, out var old))
        {
            foreach (var t in old)
            {
                _queue.Remove(t);
            }
        }
        foreach (var t in timers)
        {
            _queue.Add(t);
        }
        _byContact[contact] = timers;
    }
}
