using NodaTime;

namespace LifecycleLang.Runtime;

/// <summary>
/// What a condition or value expression can read: the contact, the event in scope, the clock, scores,
/// counts and segments — all evaluated live at <see cref="Instant"/> (runtime.md §3). Generated code
/// receives one as the argument of every condition/value delegate and never constructs it.
/// </summary>
public sealed class EvalContext
{
    private readonly TimeDependencies? _tracker;
    private ContactState _contact;
    private EventRecord? _event;
    private EvalContext? _withoutEvent;

    internal EvalContext(CompiledWorkspace workspace, ContactState contact, Instant now, EventRecord? ev, TimeDependencies? tracker)
    {
        Workspace = workspace;
        _contact = contact;
        Instant = now;
        _event = ev;
        _tracker = tracker;
    }

    /// <summary>The instant of this evaluation, as a plain value (not tracked; prefer <see cref="Now"/> in conditions).</summary>
    public Instant Instant { get; private set; }

    /// <summary>
    /// Points a context the engine owns at another contact, instant and event (the engine keeps one
    /// context per kind and re-points it between evaluations instead of allocating one per pass; no
    /// evaluation is in progress when it does, and contexts handed out by <see cref="WithEvent"/> are
    /// separate objects).
    /// </summary>
    internal void Repoint(ContactState contact, Instant now, EventRecord? ev)
    {
        _contact = contact;
        Instant = now;
        _event = ev;
        _withoutEvent?.Repoint(contact, now, null);
    }

    public string ContactId => _contact.Id;

    /// <summary>The contact's time zone (its time-zone field, else the workspace zone).</summary>
    public DateTimeZone Zone => Workspace.ZoneOf(_contact);

    /// <summary>The workspace time zone (for date-time literals without an offset).</summary>
    public DateTimeZone WorkspaceZone => Workspace.Zone;

    /// <summary><c>now</c>. Use it only through <see cref="Ops"/> (comparisons report when they flip).</summary>
    public object Now => _tracker is null ? Instant : new NowTerm(Instant, Duration.Zero, _tracker);

    /// <summary><c>today</c> in the contact's zone. Use it only through <see cref="Ops"/>.</summary>
    public object Today
    {
        get
        {
            var zone = Zone;
            var today = Instant.InZone(zone).Date;
            return _tracker is null ? today : new TodayTerm(today, 0, zone, _tracker);
        }
    }

    /// <summary>Whether an event is in scope (entry event, arm event, or the event of a <c>where</c>).</summary>
    public bool HasEvent => _event is not null;

    internal CompiledWorkspace Workspace { get; }

    internal ContactState ContactState => _contact;

    internal EventRecord? EventRecord => _event;

    internal TimeDependencies? Tracker => _tracker;

    /// <summary><c>contact.F</c>: the field's value, or null when unset. <c>id</c> is the contact id.</summary>
    public object? Contact(string field) => field == "id" ? _contact.Id : _contact.ProfileOrNull?.GetValueOrDefault(field);

    /// <summary><c>event.F</c> (or a bare field in a <c>where</c>): the in-scope event's field, null when unset or no event.</summary>
    public object? Event(string field) => _event?.Data.GetValueOrDefault(field);

    /// <summary>A bare field name inside a <c>where</c> on an event: the same as <see cref="Event"/>.</summary>
    public object? Field(string field) => Event(field);

    /// <summary><c>score M</c>: decay computed for now, fit rules included, clamped.</summary>
    public decimal Score(string model) => ScoreMath.Value(this, Workspace.Model(model));

    /// <summary>
    /// <c>count(E [where C] [within D])</c>: events E of this contact (the one being processed included)
    /// in the window (now − D, now], or ever. <paramref name="where"/> receives a context whose event is
    /// the counted one.
    /// </summary>
    public decimal Count(string eventName, Func<EvalContext, bool>? where = null, Duration? within = null)
    {
        if (within is null && where is null)
        {
            return _contact.CountsOrNull?.GetValueOrDefault(eventName) ?? 0;
        }
        if (_contact.HistoryOrNull is not { } history || !history.TryGetValue(eventName, out var events))
        {
            return 0;
        }
        var count = 0;
        var firstCounted = (Instant?)null;
        foreach (var e in events)
        {
            if (e.At > Instant || (within is { } w && e.At <= Instant - w))
            {
                continue;
            }
            if (where is not null && !where(WithEvent(e)))
            {
                continue;
            }
            count++;
            firstCounted ??= e.At;
        }
        if (within is { } d && firstCounted is { } first)
        {
            _tracker?.Report(first + d); // the earliest counted event leaves the window then
        }
        return count;
    }

    /// <summary><c>contact in S</c>: evaluates S's condition now (not the recorded membership).</summary>
    public bool InSegment(string segment) => Workspace.Segment(segment).Condition(WithEvent(null));

    /// <summary>A date-time literal without offset read in the workspace zone.</summary>
    public Instant WorkspaceDateTime(LocalDateTime local) => WallClock.Resolve(local, Workspace.Zone);

    internal EvalContext WithEvent(EventRecord? ev)
    {
        if (ReferenceEquals(ev, _event))
        {
            return this;
        }
        if (ev is null)
        {
            return _withoutEvent ??= new(Workspace, _contact, Instant, null, _tracker);
        }
        return new(Workspace, _contact, Instant, ev, _tracker);
    }
}
