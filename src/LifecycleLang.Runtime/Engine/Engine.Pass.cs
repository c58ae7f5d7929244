using NodaTime;

namespace LifecycleLang.Runtime;

// The pass of runtime.md §3: steps 1–8 for one contact at one instant.
public sealed partial class Engine
{
    private const int MaxExtraRounds = 8;

    private readonly TimeDependencies _tracker = new(default);

    // Contexts are views of live state. The engine owns one without an event, one with an event and
    // one that tracks time dependencies, and re-points them when the contact, the instant or the event
    // changes (conditions run synchronously and never keep their context, so no evaluation is in
    // progress then; contexts made by WithEvent for `count ... where` are separate objects).
    private EvalContext? _plainCtx;
    private EvalContext? _eventCtx;
    private EvalContext? _trackedCtx;

    private EvalContext Ctx(ContactState contact, Instant now, EventRecord? ev = null)
    {
        if (ev is null)
        {
            if (_plainCtx is not { } p)
            {
                _plainCtx = p = new EvalContext(_ws, contact, now, null, null);
            }
            else if (!ReferenceEquals(p.ContactState, contact) || p.Instant != now)
            {
                p.Repoint(contact, now, null);
            }
            return p;
        }
        if (_eventCtx is not { } e)
        {
            _eventCtx = e = new EvalContext(_ws, contact, now, ev, null);
        }
        else if (!ReferenceEquals(e.ContactState, contact) || e.Instant != now || !ReferenceEquals(e.EventRecord, ev))
        {
            e.Repoint(contact, now, ev);
        }
        return e;
    }

    /// <summary>
    /// Steps 2–8 of a pass (step 1, applying the input, is done by the caller). <paramref name="ev"/> is
    /// the input (or SLA) event, null for a profile or a timer; <paramref name="timerResume"/> is the
    /// instance a wait deadline or quiet-hours release resumes.
    /// </summary>
    private void Pass(ContactState contact, Instant now, EventRecord? ev, int? line, Resumption? timerResume)
    {
        List<Resumption>? resumed = null;
        if (ev is not null)
        {
            Goals(contact, ev, now);                                   // step 2
        }
        Exits(contact, now, ev);                                       // step 3
        if (ev is not null)
        {
            ResumeByEvent(contact, ev, now, ref resumed);              // step 4
        }
        if (timerResume is not null && contact.JourneyOrNull(timerResume.Instance.Journey)?.Active == timerResume.Instance)
        {
            var instance = timerResume.Instance;                       // step 4 for a timer (unless step 3 ended it)
            instance.Wait = null;
            if (_tracing)
            {
                Emit(now, contact.Id, instance.Journey, timerResume.StepId, "resumed",
                    "by", timerResume.Kind == ResumeKind.QuietHours ? "quiet_hours" : "timeout");
            }
            (resumed ??= []).Add(timerResume);
        }
        Segments(contact, now);                                        // step 5
        var entered = Entries(contact, now, ev);                       // step 6
        var changed = Run(contact, now, resumed, entered);             // step 7
        Cascade(contact, now, line, changed);                          // step 8
        Finish(contact, now);
    }

    /// <summary>An SLA deadline: <c>sla_breached</c>, then the built-in event like an input (steps 1–8).</summary>
    private void SlaPass(ContactState contact, string funnel, StageState stage, Instant now)
    {
        stage.SlaDue = null; // once per stay
        if (_tracing)
        {
            Emit(now, contact.Id, null, null, "sla_breached", "funnel", funnel, "stage", stage.Stage);
        }
        var ev = new EventRecord
        {
            Name = BuiltInEvents.StageSlaBreached,
            At = now,
            Data = new Dictionary<string, object?>(StringComparer.Ordinal) { ["funnel"] = funnel, ["stage"] = stage.Stage },
            Seq = NextSeq(),
        };
        ApplyEvent(contact, ev, now);
        Pass(contact, now, ev, null, null);
    }

    /// <summary>An <c>entry at</c> broadcast for one contact: the entry, then steps 7–8. Returns whether it entered.</summary>
    private bool BroadcastPass(ContactState contact, CompiledJourney journey, int entryIndex, Instant now)
    {
        var at = (EntryAt)journey.Definition.Entries[entryIndex];
        var state = contact.Journey(journey.Name);
        if (state.Active is not null || !journey.Definition.Reentry.Allows(state.LastEntryAt, now) || (at.When is { } when && !when(Ctx(contact, now))))
        {
            return false;
        }
        var instance = Enter(contact, journey, now, null);
        var changed = Run(contact, now, null, [instance]);
        Cascade(contact, now, null, changed);
        Finish(contact, now);
        return true;
    }

    // Step 8: while running changed the contact, steps 3 and 5–7 again (at most 8 more rounds).
    private void Cascade(ContactState contact, Instant now, int? line, bool changed)
    {
        var round = 0;
        while (changed)
        {
            if (round == MaxExtraRounds)
            {
                Reject(now, contact.Id, line, "cascade limit");
                break;
            }
            round++;
            Exits(contact, now, null);
            Segments(contact, now);
            var entered = Entries(contact, now, null);
            changed = Run(contact, now, null, entered);
        }
    }

    // After every pass: the refresh timer, the store, the timer index.
    private void Finish(ContactState contact, Instant now)
    {
        contact.RefreshAt = NextRefresh(contact, now);
        Save(contact);
    }

    /// <summary>
    /// The earliest future instant at which a time-dependent term used by a segment, an <c>entry when</c>
    /// or an active instance's <c>exit when</c> can change (runtime.md §3 "Refresh timers"): every such
    /// condition is evaluated once more, in the final state of the pass, with tracking on.
    /// </summary>
    private Instant? NextRefresh(ContactState contact, Instant now)
    {
        var segments = _ws.Segments;
        var journeys = _ws.Journeys;
        if (segments.Count == 0 && !_ws.HasEntryWhen && !_ws.HasExitWhen)
        {
            return null; // nothing to track: the evaluation below would report nothing
        }
        var tracker = _tracker;
        tracker.Reset(now);
        var ctx = _trackedCtx ??= new EvalContext(_ws, contact, now, null, tracker);
        ctx.Repoint(contact, now, null);
        for (var i = 0; i < segments.Count; i++)
        {
            segments[i].Condition(ctx);
        }
        for (var j = 0; j < journeys.Count; j++)
        {
            var journey = journeys[j];
            if (journey.EntryWhenCount > 0)
            {
                var entries = journey.Definition.Entries;
                for (var k = 0; k < entries.Count; k++)
                {
                    if (entries[k] is EntryWhen when)
                    {
                        when.Condition(ctx);
                    }
                }
            }
            if (journey.HasExitWhen && contact.JourneyOrNull(journey.Name)?.Active is not null)
            {
                var exits = journey.Definition.Exits;
                for (var k = 0; k < exits.Count; k++)
                {
                    if (exits[k] is ExitWhen when)
                    {
                        when.Condition(ctx);
                    }
                }
            }
        }
        return tracker.Earliest;
    }

    // Step 1 for an event: history, counters, subscriptions, then the `on` score rules (models in name
    // order, rules in source order), each traced with its clamped change.
    private void ApplyEvent(ContactState contact, EventRecord ev, Instant now)
    {
        var keep = _ws.Definition.HistoryRetention;
        if (keep != Duration.Zero) // no `within` anywhere: no history to keep (all-time counts are counters)
        {
            if (!contact.History.TryGetValue(ev.Name, out var history))
            {
                history = [];
                contact.History[ev.Name] = history;
            }
            history.Add(ev);
            if (keep is { } window)
            {
                RemoveBefore(history, now - window);
            }
        }
        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(contact.Counts, ev.Name, out _)++;
        if (ev.Data.GetValueOrDefault("channel") is string channel)
        {
            if (ev.Name == BuiltInEvents.MessageUnsubscribed)
            {
                contact.Unsubscribed.Add(channel);
            }
            else if (ev.Name == BuiltInEvents.MessageResubscribed)
            {
                contact.UnsubscribedOrNull?.Remove(channel);
            }
        }
        var models = _ws.ScoreModels;
        for (var m = 0; m < models.Count; m++)
        {
            var model = models[m];
            var rules = model.Rules;
            for (var r = 0; r < rules.Count; r++)
            {
                if (rules[r] is OnScoreRule on && on.Event == ev.Name && (on.Where is null || on.Where(Ctx(contact, now, ev))))
                {
                    var delta = ScoreMath.AddPoints(model, contact, on.Points, now);
                    if (_tracing)
                    {
                        Emit(now, contact.Id, null, null, "score", "model", model.Name, "delta", delta, "value", ScoreMath.Value(Ctx(contact, now), model));
                    }
                }
            }
        }
    }

    // Keeps the order of what remains (history is in arrival order).
    private static void RemoveBefore(List<EventRecord> history, Instant cutoff)
    {
        var kept = 0;
        for (var i = 0; i < history.Count; i++)
        {
            if (history[i].At > cutoff)
            {
                history[kept++] = history[i];
            }
        }
        if (kept < history.Count)
        {
            history.RemoveRange(kept, history.Count - kept);
        }
    }

    // Step 2: goals, journey by journey in name order, then entry order; at most once per entry.
    private void Goals(ContactState contact, EventRecord ev, Instant now)
    {
        var journeys = _ws.Journeys;
        for (var j = 0; j < journeys.Count; j++)
        {
            var journey = journeys[j];
            if (journey.Definition.Goal is not { } goal || contact.JourneyOrNull(journey.Name) is not { OpenGoalsOrNull.Count: > 0 } state)
            {
                continue;
            }
            var open = state.OpenGoals;
            var kept = 0;
            for (var i = 0; i < open.Count; i++)
            {
                if (!(open[i].EnteredAt + goal.Window < now)) // windows that have closed go
                {
                    open[kept++] = open[i];
                }
            }
            if (kept < open.Count)
            {
                open.RemoveRange(kept, open.Count - kept);
            }
            if (open.Count == 0)
            {
                state.OpenGoalsOrNull = null; // nothing open: no empty list kept (the property makes one when asked)
                continue;
            }
            if (goal.Event != ev.Name)
            {
                continue;
            }
            for (var i = 0; i < open.Count;)
            {
                var entry = open[i];
                if (!(entry.EnteredAt <= ev.At && ev.At <= entry.EnteredAt + goal.Window && (goal.Where is null || goal.Where(Ctx(contact, now, ev)))))
                {
                    i++;
                }
                else
                {
                    open.RemoveAt(i); // the entry has reached its goal (the next entry moves to i)
                    var counters = JourneyCountersOf(journey);
                    if (entry.Holdout)
                    {
                        counters.HoldoutGoals++;
                    }
                    else
                    {
                        counters.Goals++;
                    }
                    if (_tracing)
                    {
                        Emit(now, contact.Id, journey.Name, null, "goal", "event", ev.Name);
                    }
                }
            }
            if (open.Count == 0)
            {
                state.OpenGoalsOrNull = null;
            }
        }
    }

    // Step 3: exits of active instances, by journey name. `exit on` matches the input event only in
    // the first round (ev is null in later rounds and for timers).
    private void Exits(ContactState contact, Instant now, EventRecord? ev)
    {
        var journeys = _ws.Journeys;
        for (var j = 0; j < journeys.Count; j++)
        {
            var journey = journeys[j];
            if (journey.Definition.Exits.Count == 0 || contact.JourneyOrNull(journey.Name)?.Active is not { } instance)
            {
                continue;
            }
            var exit = false;
            var clauses = journey.Definition.Exits;
            for (var k = 0; k < clauses.Count; k++)
            {
                exit = clauses[k] switch
                {
                    ExitOn on => ev is not null && on.Event == ev.Name && (on.Where is null || on.Where(Ctx(contact, now, ev))),
                    ExitWhen w => w.Condition(Ctx(contact, now)),
                    _ => false,
                };
                if (exit)
                {
                    break;
                }
            }
            if (exit)
            {
                End(contact, instance, now, "exit", null);
            }
        }
    }

    // Step 4: waiting instances whose awaited event this is resume; the first matching arm wins.
    private void ResumeByEvent(ContactState contact, EventRecord ev, Instant now, ref List<Resumption>? resumed)
    {
        var journeys = _ws.Journeys;
        for (var j = 0; j < journeys.Count; j++)
        {
            var journey = journeys[j];
            if (contact.JourneyOrNull(journey.Name)?.Active is not { Wait: { Kind: WaitKind.Event } wait } instance)
            {
                continue;
            }
            int? arm = journey.Steps[wait.StepId] switch
            {
                WaitForStep f when f.Event == ev.Name && (f.Where is null || f.Where(Ctx(contact, now, ev))) => -1,
                WaitAnyStep any => FirstArm(any, ev, Ctx(contact, now, ev)),
                _ => null,
            };
            if (arm is { } a)
            {
                instance.Wait = null;
                if (_tracing)
                {
                    Emit(now, contact.Id, journey.Name, wait.StepId, "resumed", "by", ev.Name);
                }
                (resumed ??= []).Add(new Resumption(instance, wait.StepId, ResumeKind.Event, a, ev));
            }
        }
    }

    private static int? FirstArm(WaitAnyStep step, EventRecord ev, EvalContext ctx)
    {
        for (var i = 0; i < step.Arms.Count; i++)
        {
            var arm = step.Arms[i];
            if (arm.Event == ev.Name && (arm.Where is null || arm.Where(ctx)))
            {
                return i;
            }
        }
        return null;
    }

    // Step 5: segments in name order; changes of membership are recorded and traced.
    private void Segments(ContactState contact, Instant now)
    {
        var segments = _ws.Segments;
        if (segments.Count == 0)
        {
            return;
        }
        var ctx = Ctx(contact, now);
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            var isMember = segment.Condition(ctx);
            if (isMember != (contact.SegmentsOrNull?.Contains(segment.Name) ?? false))
            {
                if (isMember)
                {
                    contact.Segments.Add(segment.Name);
                }
                else
                {
                    contact.SegmentsOrNull?.Remove(segment.Name);
                }
                if (_tracing)
                {
                    Emit(now, contact.Id, null, null, "segment", "segment", segment.Name, "joined", isMember);
                }
            }
        }
    }

    // Step 6: entries, journey by journey in name order. Every `entry when` is evaluated and remembered
    // (also while an instance is active); an edge that cannot enter is consumed.
    private List<InstanceState>? Entries(ContactState contact, Instant now, EventRecord? ev)
    {
        List<InstanceState>? entered = null;
        var journeys = _ws.Journeys;
        for (var j = 0; j < journeys.Count; j++)
        {
            var journey = journeys[j];
            var state = contact.Journey(journey.Name);
            if (journey.EntryWhenCount > 0)
            {
                while (state.EntryWhen.Count < journey.EntryWhenCount)
                {
                    state.EntryWhen.Add(false);
                }
            }
            var trigger = false;
            EventRecord? cause = null;
            var k = 0;
            var entries = journey.Definition.Entries;
            for (var e = 0; e < entries.Count; e++)
            {
                switch (entries[e])
                {
                    case EntryOn on when ev is not null && !trigger && on.Event == ev.Name && (on.Where is null || on.Where(Ctx(contact, now, ev))):
                        trigger = true;
                        cause = ev;
                        break;
                    case EntryWhen ew:
                        var holds = ew.Condition(Ctx(contact, now));
                        var before = state.EntryWhen[k];
                        state.EntryWhen[k] = holds;
                        k++;
                        if (holds && !before)
                        {
                            trigger = true;
                        }
                        break;
                }
            }
            if (trigger && state.Active is null && journey.Definition.Reentry.Allows(state.LastEntryAt, now))
            {
                (entered ??= []).Add(Enter(contact, journey, now, cause));
            }
        }
        return entered;
    }

    private InstanceState Enter(ContactState contact, CompiledJourney journey, Instant now, EventRecord? cause)
    {
        var holdout = journey.Definition.HoldoutBasisPoints > 0 && Fnv.Bucket(journey.Name, "holdout", contact.Id) < journey.Definition.HoldoutBasisPoints;
        var instance = new InstanceState
        {
            Id = _global.NextInstanceId++,
            Journey = journey.Name,
            ContactId = contact.Id,
            EnteredAt = now,
            Holdout = holdout,
            EntryEvent = cause,
            Stack = [new Frame { Block = "", Index = 0 }],
        };
        var state = contact.Journey(journey.Name);
        state.LastEntryAt = now;
        state.Active = instance;
        if (journey.Definition.Goal is not null)
        {
            state.OpenGoals.Add(new EntryRecord { InstanceId = instance.Id, EnteredAt = now, Holdout = holdout });
        }
        var counters = JourneyCountersOf(journey);
        counters.Entered++;
        if (holdout)
        {
            counters.HoldoutEntered++;
        }
        return instance;
    }

    // Step 7: resumed instances first, then entered ones, each group in journey name order.
    private bool Run(ContactState contact, Instant now, List<Resumption>? resumed, List<InstanceState>? entered)
    {
        var changed = false;
        if (resumed is not null)
        {
            SortStably(resumed, static r => r.Instance.Journey);
            foreach (var r in resumed)
            {
                changed |= Resume(contact, r, now);
            }
        }
        if (entered is not null)
        {
            SortStably(entered, static i => i.Journey);
            foreach (var instance in entered)
            {
                changed |= Start(contact, instance, now);
            }
        }
        return changed;
    }

    // A stable ordinal sort by journey name (insertion sort: the lists are short and nearly always sorted already).
    private static void SortStably<T>(List<T> items, Func<T, string> journey)
    {
        for (var i = 1; i < items.Count; i++)
        {
            var item = items[i];
            var j = i - 1;
            while (j >= 0 && string.CompareOrdinal(journey(items[j]), journey(item)) > 0)
            {
                items[j + 1] = items[j];
                j--;
            }
            items[j + 1] = item;
        }
    }

    private void End(ContactState contact, InstanceState instance, Instant now, string reason, string? stepId)
    {
        var state = contact.Journey(instance.Journey);
        if (state.Active == instance)
        {
            state.Active = null;
        }
        instance.Wait = null;
        RuntimeCounters.Bump(JourneyCountersOf(_ws.JourneysByName[instance.Journey]).Exited, reason);
        if (_tracing)
        {
            Emit(now, contact.Id, instance.Journey, stepId, "exited", "reason", reason);
        }
    }

    // Trace lines are only built when the sink keeps them (call sites check _tracing first, so a
    // discarding sink costs no formatting, boxing or allocation).
    private void Emit(Instant? at, string? contact, string? journey, string? step, string kind) =>
        _trace.Write(new TraceLine(at, contact, journey, step, kind, []));

    private void Emit(Instant? at, string? contact, string? journey, string? step, string kind, string k1, object? v1) =>
        _trace.Write(new TraceLine(at, contact, journey, step, kind, [new(k1, v1)]));

    private void Emit(Instant? at, string? contact, string? journey, string? step, string kind, string k1, object? v1, string k2, object? v2) =>
        _trace.Write(new TraceLine(at, contact, journey, step, kind, [new(k1, v1), new(k2, v2)]));

    private void Emit(Instant? at, string? contact, string? journey, string? step, string kind, string k1, object? v1, string k2, object? v2, string k3, object? v3) =>
        _trace.Write(new TraceLine(at, contact, journey, step, kind, [new(k1, v1), new(k2, v2), new(k3, v3)]));
}
