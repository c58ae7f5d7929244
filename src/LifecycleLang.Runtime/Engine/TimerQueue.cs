using System.Runtime.InteropServices;

namespace LifecycleLang.Runtime;

/// <summary>
/// The engine's timer index. Timers are not state of their own: each contact's timers are derived
/// from its state after every pass and replace the previous ones, so a durable store only has to keep
/// contacts (and the index is rebuilt at start-up).
/// <para>
/// The timers live in a slot table; the binary heap holds only (due tick, slot) pairs, so sifting
/// moves 16 plain bytes instead of a struct full of references (no GC write barriers), and equal
/// ticks fall back to the full <see cref="TimerEntry"/> order. Deletion is lazy: a replaced timer's
/// slot is marked dead and freed when it reaches the top. Most passes leave a contact's timers as
/// they were and do not touch the heap at all. No two live timers compare equal (each carries its
/// contact, kind and funnel, journey or sequence number), so the order in which they come out is
/// exactly their sort order.
/// </para>
/// </summary>
internal sealed class TimerQueue
{
    private readonly record struct Node(long DueTicks, int Slot);

    // Slots live in fixed chunks below the large-object threshold: growing never copies the timers
    // (a doubling array of reference-holding structs cost whole-heap copies and LOH-triggered GCs).
    private const int ChunkShift = 9;
    private const int ChunkSize = 1 << ChunkShift;
    private readonly List<TimerEntry[]> _entryChunks = [];
    private readonly List<bool[]> _aliveChunks = [];
    private int _slotCount;
    private readonly Stack<int> _freeSlots = new();
    private readonly List<int> _slotScratch = [];

    private Node[] _heap = new Node[64];
    private int _heapCount;

    private readonly Dictionary<string, List<int>> _byContact = new(StringComparer.Ordinal);
    private readonly Dictionary<TimerEntry, int> _broadcasts = [];
    private int _live;

    public int Count => _live;

    /// <summary>The earliest live timer, or null when none is left.</summary>
    public TimerEntry? Min => DropDeadTop() ? Entry(_heap[0].Slot) : null;

    /// <summary>Adds a broadcast to everyone (a timer of no contact).</summary>
    public void Add(TimerEntry timer)
    {
        if (!_broadcasts.ContainsKey(timer))
        {
            _broadcasts[timer] = Push(timer);
        }
    }

    /// <summary>Takes the earliest live timer when it is due at or before <paramref name="until"/>.</summary>
    public bool TryDequeue(NodaTime.Instant until, out TimerEntry timer)
    {
        if (!DropDeadTop() || Entry(_heap[0].Slot).Due > until)
        {
            timer = default;
            return false;
        }
        var slot = _heap[0].Slot;
        timer = Entry(slot);
        PopTop();
        Kill(slot);
        FreeSlot(slot);
        if (timer.Contact.Length == 0)
        {
            _broadcasts.Remove(timer);
        }
        else if (_byContact.TryGetValue(timer.Contact, out var slots))
        {
            slots.Remove(slot);
            if (slots.Count == 0)
            {
                _byContact.Remove(timer.Contact); // a contact without timers has no entry
            }
        }
        return true;
    }

    /// <summary>Replaces a contact's timers with <paramref name="timers"/> (copied: the caller may reuse the list).</summary>
    public void ReplaceContactTimers(string contact, List<TimerEntry> timers)
    {
        if (timers.Count == 0)
        {
            // Contacts without timers (most of them, once their journeys are done) keep no entry: the
            // index stays as small as the set of contacts in flight, and holds no empty lists.
            if (_byContact.Remove(contact, out var old))
            {
                foreach (var slot in old)
                {
                    Kill(slot);
                }
                CompactIfSparse();
            }
            return;
        }
        ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(_byContact, contact, out var exists);
        if (!exists)
        {
            entry = new List<int>(timers.Count);
        }
        var slots = entry!;
        if (Same(slots, timers))
        {
            return;
        }
        // Keep the slots of timers that did not change, retire the others and push the new ones, in the
        // order of `timers`, so that the next unchanged pass takes the Same() shortcut above.
        var kept = _slotScratch;
        kept.Clear();
        foreach (var timer in timers)
        {
            var index = IndexOfEntry(slots, timer);
            if (index >= 0)
            {
                kept.Add(slots[index]);
                slots[index] = -1; // taken
            }
            else
            {
                kept.Add(Push(timer));
            }
        }
        foreach (var slot in slots)
        {
            if (slot >= 0)
            {
                Kill(slot);
            }
        }
        slots.Clear();
        slots.AddRange(kept);
        CompactIfSparse();
    }

    private void CompactIfSparse()
    {
        if (_heapCount > 1024 && _heapCount > 4 * _live)
        {
            Compact();
        }
    }

    private int IndexOfEntry(List<int> slots, TimerEntry timer)
    {
        for (var i = 0; i < slots.Count; i++)
        {
            if (slots[i] >= 0 && Entry(slots[i]).Equals(timer))
            {
                return i;
            }
        }
        return -1;
    }

    private bool Same(List<int> slots, List<TimerEntry> timers)
    {
        if (slots.Count != timers.Count)
        {
            return false;
        }
        for (var i = 0; i < slots.Count; i++)
        {
            if (!Entry(slots[i]).Equals(timers[i]))
            {
                return false;
            }
        }
        return true;
    }

    private int Push(TimerEntry timer)
    {
        var slot = AllocateSlot();
        Entry(slot) = timer;
        Alive(slot) = true;
        _live++;
        if (_heapCount == _heap.Length)
        {
            Array.Resize(ref _heap, _heap.Length * 2);
        }
        SiftUp(_heapCount++, new Node(timer.Due.ToUnixTimeTicks(), slot));
        return slot;
    }

    private void Kill(int slot)
    {
        if (Alive(slot))
        {
            Alive(slot) = false;
            _live--;
        }
    }

    // Pops dead timers off the top; true when a live one is left there.
    private bool DropDeadTop()
    {
        while (_heapCount > 0)
        {
            var slot = _heap[0].Slot;
            if (Alive(slot))
            {
                return true;
            }
            PopTop();
            FreeSlot(slot);
        }
        return false;
    }

    private int AllocateSlot()
    {
        if (_freeSlots.TryPop(out var slot))
        {
            return slot;
        }
        if (_slotCount == _entryChunks.Count * ChunkSize)
        {
            _entryChunks.Add(new TimerEntry[ChunkSize]);
            _aliveChunks.Add(new bool[ChunkSize]);
        }
        return _slotCount++;
    }

    private void FreeSlot(int slot)
    {
        Entry(slot) = default; // drop the strings it holds
        _freeSlots.Push(slot);
    }

    private ref TimerEntry Entry(int slot) => ref _entryChunks[slot >> ChunkShift][slot & (ChunkSize - 1)];

    private ref bool Alive(int slot) => ref _aliveChunks[slot >> ChunkShift][slot & (ChunkSize - 1)];

    private void PopTop()
    {
        var last = _heap[--_heapCount];
        if (_heapCount > 0)
        {
            SiftDown(0, last);
        }
    }

    private bool Before(Node a, Node b) =>
        a.DueTicks != b.DueTicks ? a.DueTicks < b.DueTicks : Entry(a.Slot).CompareTo(Entry(b.Slot)) < 0;

    private void SiftUp(int index, Node node)
    {
        while (index > 0)
        {
            var parent = (index - 1) >> 1;
            if (!Before(node, _heap[parent]))
            {
                break;
            }
            _heap[index] = _heap[parent];
            index = parent;
        }
        _heap[index] = node;
    }

    private void SiftDown(int index, Node node)
    {
        while (true)
        {
            var child = (2 * index) + 1;
            if (child >= _heapCount)
            {
                break;
            }
            if (child + 1 < _heapCount && Before(_heap[child + 1], _heap[child]))
            {
                child++;
            }
            if (!Before(_heap[child], node))
            {
                break;
            }
            _heap[index] = _heap[child];
            index = child;
        }
        _heap[index] = node;
    }

    // Frees the dead slots and rebuilds the heap from the live ones, so replaced timers do not pile up.
    private void Compact()
    {
        var kept = 0;
        for (var i = 0; i < _heapCount; i++)
        {
            var node = _heap[i];
            if (Alive(node.Slot))
            {
                _heap[kept++] = node;
            }
            else
            {
                FreeSlot(node.Slot);
            }
        }
        _heapCount = kept;
        for (var i = (_heapCount >> 1) - 1; i >= 0; i--)
        {
            SiftDown(i, _heap[i]);
        }
    }
}
