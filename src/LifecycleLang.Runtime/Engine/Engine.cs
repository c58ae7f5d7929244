using NodaTime;

namespace LifecycleLang.Runtime;

/// <summary>
/// The journey engine (runtime.md §2–§4). It is driven from outside: <see cref="Process"/> an input
/// (timers due at or before it fire first), <see cref="AdvanceTo"/> an instant (fires due timers).
/// Each input line and each timer is one pass for one contact; all state lives in the
/// <see cref="IStateStore"/> as plain data, so the same engine serves the simulator and the service.
/// </summary>
public sealed partial class Engine
{
    private readonly CompiledWorkspace _ws;
    private readonly IStateStore _store;
    private readonly ITraceSink _trace;
    private readonly IChannelSink _channels;
    private readonly IRuntimeLog _log;
    private readonly TemplateRenderer _renderer = new();
    private readonly TimerQueue _timers = new();
    private readonly GlobalState _global;
    private readonly bool _tracing;
    private readonly JourneyCounters?[] _journeyCounters;
    private readonly Dictionary<Step, StepCounters>[] _stepCounters;
    private readonly List<TimerEntry> _timerScratch = [];

    public Engine(CompiledWorkspace workspace, EngineOptions? options = null)
    {
        options ??= new EngineOptions();
        _ws = workspace;
        _store = options.Store;
        _trace = options.Trace;
        _channels = options.Channels;
        _log = options.Log;
        _tracing = _trace is not NullTraceSink;
        _journeyCounters = new JourneyCounters?[_ws.Journeys.Count];
        _stepCounters = new Dictionary<Step, StepCounters>[_ws.Journeys.Count];
        for (var i = 0; i < _stepCounters.Length; i++)
        {
            _stepCounters[i] = new Dictionary<Step, StepCounters>(ReferenceEqualityComparer.Instance);
        }
        _global = _store.LoadGlobal();
        foreach (var journey in _ws.Journeys)
        {
            for (var k = 0; k < journey.Definition.Entries.Count; k++)
            {
                if (journey.Definition.Entries[k] is EntryAt { Local: false } at && !_global.FiredBroadcasts.Contains(BroadcastKey(journey.Name, k)))
                {
                    _timers.Add(TimerEntry.Broadcast(BroadcastInstant(at), journey.Name, k));
                }
            }
        }
        foreach (var id in _store.ContactIds())
        {
            if (_store.Find(id) is { } contact)
            {
                IndexTimers(contact);
            }
        }
    }

    public Engine(WorkspaceDef workspace, EngineOptions? options = null) : this(new CompiledWorkspace(workspace), options) { }

    public CompiledWorkspace Workspace => _ws;

    /// <summary>Operator messages (the host decides where they go).</summary>
    public IRuntimeLog Log => _log;

    public RuntimeCounters Counters { get; } = new();

    /// <summary>The due time of the next timer, or null when none is left.</summary>
    public Instant? NextTimerDue => _timers.Min?.Due;

    public int PendingTimers => _timers.Count;

    /// <summary>Fires, in order, every timer due at or before <paramref name="until"/>; each is its own pass.</summary>
    public void AdvanceTo(Instant until)
    {
        while (_timers.TryDequeue(until, out var timer))
        {
            Fire(timer);
        }
    }

    /// <summary>Fires the timers due by the clock's now (for a service host).</summary>
    public void AdvanceTo(IClock clock) => AdvanceTo(clock.Now);

    /// <summary>Traces an unreadable input line (<c>at</c> and <c>contact</c> null).</summary>
    public void RejectUnreadable(UnreadableLine line)
    {
        Counters.Rejected++;
        if (_tracing)
        {
            Emit(null, null, null, null, "rejected", "line", (decimal)line.Line, "reason", line.Reason);
        }
    }

    /// <summary>Processes one input line at its time: first every timer due at or before it, then the line.</summary>
    public void Process(InputRecord input)
    {
        AdvanceTo(input.At);
        var now = input.At;
        switch (input)
        {
            case InvalidInput invalid:
                Reject(now, invalid.Contact, invalid.Line, invalid.Reason);
                break;
            case ProfileInput profile:
                ProcessProfile(profile, now);
                break;
            case EventInput ev:
                ProcessEvent(ev, now);
                break;
        }
    }

    private void ProcessProfile(ProfileInput input, Instant now)
    {
        var contact = _store.Find(input.Id);
        var isNew = contact is null;
        if (contact is null)
        {
            List<string>? missing = null;
            var schema = _ws.ContactFields;
            for (var i = 0; i < schema.Count; i++)
            {
                var f = schema[i];
                if (!f.Optional && input.Fields.GetValueOrDefault(f.Name) is null)
                {
                    (missing ??= []).Add(f.Name);
                }
            }
            if (missing is not null)
            {
                Reject(now, input.Id, input.Line, $"new contact {input.Id} lacks required field(s) {string.Join(", ", missing)}");
                return;
            }
            contact = NewContact(input.Id, now);
        }
        if (input.Fields is Dictionary<string, object?> fields)
        {
            foreach (var (field, value) in fields) // the struct enumerator: same order, no allocation
            {
                SetProfile(contact, field, value);
            }
        }
        else
        {
            foreach (var (field, value) in input.Fields)
            {
                SetProfile(contact, field, value);
            }
        }
        if (isNew)
        {
            ScheduleLocalBroadcasts(contact, now);
        }
        Pass(contact, now, null, input.Line, null);
    }

    private static void SetProfile(ContactState contact, string field, object? value)
    {
        if (value is null)
        {
            contact.ProfileOrNull?.Remove(field);
        }
        else
        {
            contact.Profile[field] = value;
        }
    }

    private void ProcessEvent(EventInput input, Instant now)
    {
        var contact = _store.Find(input.Id);
        var isNew = contact is null;
        if (contact is null)
        {
            if (_ws.ContactFields.Any(f => !f.Optional))
            {
                Reject(now, input.Id, input.Line,
                    $"unknown contact {input.Id}: send a profile first (the contact schema requires {string.Join(", ", _ws.ContactFields.Where(f => !f.Optional).Select(f => f.Name))})");
                return;
            }
            contact = NewContact(input.Id, now);
        }
        var ev = new EventRecord
        {
            Name = input.Event,
            At = now,
            // The reader's own dictionaries are handed over (nothing else holds them); others are copied.
            Data = input.Data is InputData owned ? owned : new Dictionary<string, object?>(input.Data, StringComparer.Ordinal),
            Seq = NextSeq(),
        };
        ApplyEvent(contact, ev, now);
        if (isNew)
        {
            ScheduleLocalBroadcasts(contact, now);
        }
        Pass(contact, now, ev, input.Line, null);
    }

    private ContactState NewContact(string id, Instant now) => new() { Id = id, CreatedAt = now };

    private void Reject(Instant at, string? contact, int? line, string reason)
    {
        Counters.Rejected++;
        if (_tracing)
        {
            Emit(at, contact, null, null, "rejected", "line", line is { } l ? (decimal)l : null, "reason", reason);
        }
    }

    private long NextSeq() => _global.NextSeq++;

    private static string BroadcastKey(string journey, int entry) => journey + "#" + entry.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private Instant BroadcastInstant(EntryAt at) => at.Instant ?? WallClock.Resolve(at.LocalDateTime!.Value, _ws.Zone);

    // A local broadcast is scheduled per contact when the contact is created, at T in its zone; a
    // contact created at or after its own instant T does not enter (at T itself, the broadcast would
    // have fired before the input that creates the contact).
    private void ScheduleLocalBroadcasts(ContactState contact, Instant now)
    {
        for (var j = 0; j < _ws.Journeys.Count; j++)
        {
            var journey = _ws.Journeys[j];
            for (var k = 0; k < journey.Definition.Entries.Count; k++)
            {
                if (journey.Definition.Entries[k] is EntryAt { Local: true } at)
                {
                    var local = at.LocalDateTime ?? at.Instant!.Value.InZone(_ws.Zone).LocalDateTime;
                    var due = WallClock.Resolve(local, _ws.ZoneOf(contact));
                    if (due > now)
                    {
                        contact.Broadcasts.Add(new PendingBroadcast { Journey = journey.Name, Entry = k, Due = due, Seq = NextSeq() });
                    }
                }
            }
        }
    }

    private void IndexTimers(ContactState contact)
    {
        var timers = _timerScratch; // copied by the queue when it changes
        timers.Clear();
        if (contact.StagesOrNull is { } stages)
        {
            foreach (var (funnel, stage) in stages)
            {
                if (stage.SlaDue is { } due)
                {
                    timers.Add(TimerEntry.Sla(due, contact.Id, funnel, stage.SlaSeq));
                }
            }
        }
        if (contact.RefreshAt is { } refresh)
        {
            timers.Add(TimerEntry.Refresh(refresh, contact.Id));
        }
        if (contact.JourneysOrNull is { } journeys)
        {
            foreach (var (name, journey) in journeys)
            {
                if (journey.Active?.Wait is { } wait)
                {
                    timers.Add(TimerEntry.Wait(wait.Until, contact.Id, name, wait.Seq));
                }
            }
        }
        if (contact.BroadcastsOrNull is { } broadcasts)
        {
            foreach (var b in broadcasts)
            {
                timers.Add(TimerEntry.LocalBroadcast(b.Due, b.Journey, contact.Id, b.Entry, b.Seq));
            }
        }
        _timers.ReplaceContactTimers(contact.Id, timers);
    }

    private void Fire(TimerEntry timer)
    {
        var now = timer.Due;
        if (timer.Kind == TimerKind.Broadcast)
        {
            _global.FiredBroadcasts.Add(BroadcastKey(timer.Name, timer.Entry));
            _store.SaveGlobal(_global);
            foreach (var id in _store.ContactIds())
            {
                if (_store.Find(id) is { } c && c.CreatedAt < now)
                {
                    BroadcastPass(c, _ws.JourneysByName[timer.Name], timer.Entry, now);
                }
            }
            return;
        }
        var contact = _store.Find(timer.Contact);
        if (contact is null)
        {
            return;
        }
        switch (timer.Kind)
        {
            case TimerKind.Sla:
                if (contact.StagesOrNull is { } stages && stages.TryGetValue(timer.Name, out var stage) && stage.SlaDue == now)
                {
                    SlaPass(contact, timer.Name, stage, now);
                }
                break;
            case TimerKind.Refresh:
                if (contact.RefreshAt == now)
                {
                    contact.RefreshAt = null;
                    Pass(contact, now, null, null, null);
                }
                break;
            case TimerKind.Wait:
                if (contact.JourneyOrNull(timer.Name)?.Active is { Wait: { } wait } instance && wait.Until == now)
                {
                    var kind = wait.Kind == WaitKind.QuietHours ? ResumeKind.QuietHours : ResumeKind.Timeout;
                    Pass(contact, now, null, null, new Resumption(instance, wait.StepId, kind));
                }
                break;
            case TimerKind.LocalBroadcast:
                var pending = contact.BroadcastsOrNull?.FirstOrDefault(b => b.Journey == timer.Name && b.Entry == timer.Entry && b.Due == now);
                if (pending is not null)
                {
                    contact.Broadcasts.Remove(pending);
                    if (!BroadcastPass(contact, _ws.JourneysByName[timer.Name], timer.Entry, now))
                    {
                        Save(contact);
                    }
                }
                break;
        }
    }

    private JourneyCounters JourneyCountersOf(CompiledJourney journey) =>
        _journeyCounters[journey.Index] ??= Counters.Journey(journey.Name); // created when first needed, as before

    private StepCounters StepCountersOf(CompiledJourney journey, Step step)
    {
        var cache = _stepCounters[journey.Index];
        if (!cache.TryGetValue(step, out var counters))
        {
            counters = JourneyCountersOf(journey).Step(step.Id);
            cache[step] = counters;
        }
        return counters;
    }

    private void Save(ContactState contact)
    {
        _store.Save(contact);
        _store.SaveGlobal(_global);
        IndexTimers(contact);
    }
}
