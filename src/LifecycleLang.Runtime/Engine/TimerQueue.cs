namespace LifecycleLang.Runtime;

/// <summary>
/// The engine's timer index. Timers are not state of their own: each contact's timers are derived
/// from its state after every pass and replace the previous ones, so a durable store only has to keep
/// contacts (and the index is rebuilt at start-up).
/// <para>
/// A binary heap in timer order with lazy deletion: a replaced or removed timer stays in the heap
/// until it reaches the top, where it is recognised as no longer live (not among its contact's
/// current timers) and dropped. Most passes leave a contact's timers as they were and do not touch
/// the heap at all. No two live timers compare equal (each carries its contact, kind and funnel,
/// journey or sequence number), so the order in which they come out is exactly their sort order.
/// </para>
/// </summary>
internal sealed class TimerQueue
{
    private static readonly Comparer<TimerEntry> Order = Comparer<TimerEntry>.Create(static (a, b) => a.CompareTo(b));

    private readonly PriorityQueue<TimerEntry, TimerEntry> _heap = new(Order);
    private readonly Dictionary<string, List<TimerEntry>> _byContact = new(StringComparer.Ordinal);
    private readonly HashSet<TimerEntry> _broadcasts = [];
    private int _live;

    public int Count => _live;

    public TimerEntry? Min
    {
        get
        {
            while (_heap.TryPeek(out var top, out _))
            {
                if (IsLive(top))
                {
                    return top;
                }
                _heap.Dequeue();
            }
            return null;
        }
    }

    /// <summary>Adds a broadcast to everyone (a timer of no contact).</summary>
    public void Add(TimerEntry timer)
    {
        if (_broadcasts.Add(timer))
        {
            _live++;
            _heap.Enqueue(timer, timer);
        }
    }

    public void Remove(TimerEntry timer)
    {
        var removed = timer.Contact.Length == 0
            ? _broadcasts.Remove(timer)
            : _byContact.TryGetValue(timer.Contact, out var list) && list.Remove(timer);
        if (removed)
        {
            _live--;
            if (_heap.TryPeek(out var top, out _) && top.Equals(timer))
            {
                _heap.Dequeue();
            }
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
            _live -= old.Count;
            old.Clear();
            old.AddRange(timers);
        }
        else if (timers.Count > 0)
        {
            _byContact[contact] = new List<TimerEntry>(timers);
        }
        _live += timers.Count;
        foreach (var t in timers)
        {
            _heap.Enqueue(t, t);
        }
        if (_heap.Count > 1024 && _heap.Count > 4 * _live)
        {
            Compact();
        }
    }

    private bool IsLive(TimerEntry timer)
    {
        if (timer.Contact.Length == 0)
        {
            return _broadcasts.Contains(timer);
        }
        if (!_byContact.TryGetValue(timer.Contact, out var list))
        {
            return false;
        }
        foreach (var t in list)
        {
            if (t.Equals(timer))
            {
                return true;
            }
        }
        return false;
    }

    // Drops the entries that are no longer live, so replaced timers do not pile up.
    private void Compact()
    {
        var live = new List<(TimerEntry, TimerEntry)>(_live);
        foreach (var (timer, _) in _heap.UnorderedItems)
        {
            if (IsLive(timer))
            {
                live.Add((timer, timer));
            }
        }
        _heap.Clear();
        _heap.EnqueueRange(live);
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
