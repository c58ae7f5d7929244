using NodaTime;

namespace LifecycleLang.Runtime;

// Running an instance's steps (step 7 of a pass). Steps take no time; an instance runs until it
// pauses (a wait, or a send held by quiet hours) or ends.
public sealed partial class Engine
{
    private bool Start(ContactState contact, InstanceState instance, Instant now)
    {
        if (_tracing)
        {
            if (instance.Holdout)
            {
                Emit(now, contact.Id, instance.Journey, null, "entered", "holdout", true);
            }
            else
            {
                Emit(now, contact.Id, instance.Journey, null, "entered");
            }
        }
        if (instance.Holdout)
        {
            End(contact, instance, now, "holdout", null);
            return false;
        }
        return Execute(contact, instance, now);
    }

    private bool Resume(ContactState contact, Resumption r, Instant now)
    {
        var instance = r.Instance;
        var journey = _ws.JourneysByName[instance.Journey];
        var step = journey.Steps[r.StepId];
        switch (r.Kind)
        {
            case ResumeKind.Event when step is WaitAnyStep:
                instance.Stack.Add(new Frame { Block = journey.ChildBlock(step, r.Arm), ArmEvent = r.Event });
                break;
            case ResumeKind.Timeout when step is WaitForStep { Else: not null }:
                instance.Stack.Add(new Frame { Block = journey.ChildBlock(step, 0) }); // else
                break;
            case ResumeKind.Timeout when step is WaitAnyStep { Timeout: not null } any:
                instance.Stack.Add(new Frame { Block = journey.ChildBlock(step, any.Arms.Count) }); // timeout
                break;
            case ResumeKind.QuietHours when step is SendStep send:
                if (Send(contact, instance, journey, send, now) == SendOutcome.Held)
                {
                    return false;
                }
                break;
        }
        return Execute(contact, instance, now);
    }

    /// <summary>Runs steps until the instance pauses or ends; returns whether a <c>set</c> or
    /// <c>score</c> step changed the contact.</summary>
    private bool Execute(ContactState contact, InstanceState instance, Instant now)
    {
        var journey = _ws.JourneysByName[instance.Journey];
        var changed = false;
        while (true)
        {
            if (instance.Stack.Count == 0)
            {
                End(contact, instance, now, "completed", null);
                return changed;
            }
            var frame = instance.Stack[^1];
            var block = journey.Blocks[frame.Block];
            if (frame.Index >= block.Count)
            {
                instance.Stack.RemoveAt(instance.Stack.Count - 1);
                continue;
            }
            var step = block[frame.Index];
            frame.Index++; // advance first: after a pause the instance goes on with the next step
            StepCountersOf(journey, step).Reached++;
            switch (step)
            {
                case StageStep s:
                    MoveToStage(contact, instance, journey, s, now);
                    break;
                case SendStep s:
                    if (Send(contact, instance, journey, s, now) == SendOutcome.Held)
                    {
                        return changed;
                    }
                    break;
                case WaitStep s:
                    Pause(contact, instance, s.Id, WaitKind.Timed, now + s.Duration, now);
                    return changed;
                case WaitUntilStep s:
                    var until = WallClock.NextAt(now, s.Time, s.Local ? _ws.ZoneOf(contact) : _ws.Zone);
                    if (until == now)
                    {
                        break; // the clock reads HH:MM:00 right now: go on at once
                    }
                    Pause(contact, instance, s.Id, WaitKind.Timed, until, now);
                    return changed;
                case WaitForStep s:
                    Pause(contact, instance, s.Id, WaitKind.Event, now + s.UpTo, now);
                    return changed;
                case WaitAnyStep s:
                    Pause(contact, instance, s.Id, WaitKind.Event, now + s.UpTo, now);
                    return changed;
                case IfStep s:
                    Branch(contact, instance, journey, s, now);
                    break;
                case SplitStep s:
                    Split(contact, instance, journey, s, now);
                    break;
                case ScoreStep s:
                    var model = _ws.Model(s.Model);
                    var delta = ScoreMath.AddPoints(model, contact, s.Delta, now);
                    if (_tracing)
                    {
                        Emit(now, contact.Id, journey.Name, s.Id, "score", "model", model.Name, "delta", delta, "value", ScoreMath.Value(Ctx(contact, now), model));
                    }
                    changed |= delta != 0m;
                    break;
                case SetStep s:
                    changed |= Set(contact, instance, s, now);
                    break;
                case ExitStep s:
                    End(contact, instance, now, "exit", s.Id);
                    return changed;
            }
        }
    }

    /// <summary>The event in scope for the instance's current step: the innermost arm's event, else the entry event.</summary>
    private static EventRecord? EventInScope(InstanceState instance)
    {
        for (var i = instance.Stack.Count - 1; i >= 0; i--)
        {
            if (instance.Stack[i].ArmEvent is { } ev)
            {
                return ev;
            }
        }
        return instance.EntryEvent;
    }

    private void Pause(ContactState contact, InstanceState instance, string stepId, WaitKind kind, Instant until, Instant now)
    {
        instance.Wait = new WaitState { StepId = stepId, Kind = kind, Until = until, Seq = NextSeq() };
        if (_tracing)
        {
            Emit(now, contact.Id, instance.Journey, stepId, "waiting", "until", until);
        }
    }

    private void MoveToStage(ContactState contact, InstanceState instance, CompiledJourney journey, StageStep step, Instant now)
    {
        var funnel = journey.Funnel!;
        contact.Stages.TryGetValue(funnel.Name, out var current);
        if (current?.Stage == step.Stage)
        {
            return; // already there: nothing changes, nothing is recorded
        }
        StageDef? stage = null;
        foreach (var candidate in funnel.Stages)
        {
            if (candidate.Name == step.Stage)
            {
                stage = candidate;
                break;
            }
        }
        stage ??= funnel.Stages.First(s => s.Name == step.Stage); // throws as before when missing
        contact.Stages[funnel.Name] = new StageState
        {
            Stage = step.Stage,
            EnteredAt = now,
            SlaDue = stage.Sla is { } sla ? now + sla : null, // leaving the old stage cancels its SLA
            SlaSeq = NextSeq(),
        };
        RuntimeCounters.Bump(Counters.StageEntries, funnel.Name + "/" + step.Stage);
        if (_tracing)
        {
            Emit(now, contact.Id, instance.Journey, step.Id, "stage", "funnel", funnel.Name, "stage", step.Stage, "from", current?.Stage);
        }
    }

    private void Branch(ContactState contact, InstanceState instance, CompiledJourney journey, IfStep step, Instant now)
    {
        var ctx = Ctx(contact, now, EventInScope(instance));
        var taken = -1; // the index of the nested block: branches in order, then else
        for (var i = 0; i < step.Branches.Count; i++)
        {
            if (step.Branches[i].Condition(ctx))
            {
                taken = i;
                break;
            }
        }
        if (taken < 0 && step.Else is not null)
        {
            taken = step.Branches.Count;
        }
        if (_tracing)
        {
            var arm = taken < 0 ? "none"
                : taken == step.Branches.Count ? "else"
                : taken == 0 ? "then"
                : "elif" + taken.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Emit(now, contact.Id, instance.Journey, step.Id, "branch", "arm", arm);
        }
        if (taken >= 0)
        {
            instance.Stack.Add(new Frame { Block = journey.ChildBlock(step, taken) });
        }
    }

    private void Split(ContactState contact, InstanceState instance, CompiledJourney journey, SplitStep step, Instant now)
    {
        var bucket = Fnv.Bucket(journey.Name, step.Id, contact.Id);
        var upper = 0;
        var index = step.Arms.Count - 1;
        for (var i = 0; i < step.Arms.Count; i++)
        {
            upper += step.Arms[i].ShareBasisPoints;
            if (bucket < upper)
            {
                index = i;
                break;
            }
        }
        if (_tracing)
        {
            Emit(now, contact.Id, instance.Journey, step.Id, "split", "arm", step.Arms[index].Name);
        }
        instance.Stack.Add(new Frame { Block = journey.ChildBlock(step, index) });
    }

    private bool Set(ContactState contact, InstanceState instance, SetStep step, Instant now)
    {
        var value = Ops.Plain(step.Value(Ctx(contact, now, EventInScope(instance))));
        var before = contact.ProfileOrNull?.GetValueOrDefault(step.Field);
        if (value is null)
        {
            contact.ProfileOrNull?.Remove(step.Field);
        }
        else
        {
            contact.Profile[step.Field] = value;
        }
        if (_tracing)
        {
            Emit(now, contact.Id, instance.Journey, step.Id, "set", "field", step.Field, "value", value);
        }
        return !Ops.SameValue(before, value);
    }

    // A send is checked in this order: address, unsubscription, quiet hours (hold), frequency cap.
    private SendOutcome Send(ContactState contact, InstanceState instance, CompiledJourney journey, SendStep step, Instant now)
    {
        var counters = StepCountersOf(journey, step);
        var channel = step.Channel.Name();
        var addressField = step.Channel switch
        {
            Channel.Email => _ws.EmailField,
            Channel.Sms => _ws.PhoneField,
            _ => null,
        };
        var address = addressField is null ? null : contact.ProfileOrNull?.GetValueOrDefault(addressField) as string;
        if (step.Channel is Channel.Email or Channel.Sms && address is null)
        {
            return Suppress(contact, instance, step, now, counters, "no_address");
        }
        if (contact.UnsubscribedOrNull?.Contains(channel) == true)
        {
            return Suppress(contact, instance, step, now, counters, "unsubscribed");
        }
        if (step.Channel.RespectsQuietHours()
            && (journey.Definition.QuietHours ?? _ws.Definition.Settings.QuietHours) is { } quiet
            && WallClock.QuietUntil(now, quiet, _ws.ZoneOf(contact)) is { } release)
        {
            counters.Held++;
            Pause(contact, instance, step.Id, WaitKind.QuietHours, release, now);
            return SendOutcome.Held;
        }
        var caps = _ws.CapsOf(step.Channel);
        var sends = caps.Length > 0 ? contact.SendsOrNull?.GetValueOrDefault(channel) : null;
        foreach (var cap in caps)
        {
            var made = 0;
            if (sends is not null)
            {
                var from = now - cap.Per;
                foreach (var t in sends)
                {
                    if (t > from && t <= now)
                    {
                        made++;
                    }
                }
            }
            if (made >= cap.Count)
            {
                return Suppress(contact, instance, step, now, counters, "frequency_cap");
            }
        }

        var template = _ws.Templates[step.Template];
        var parts = _renderer.Render(template, _ws.ContactFields, contact, EventInScope(instance), now);
        var shown = step.Channel switch
        {
            Channel.Email => "subject",
            Channel.Webhook => "url",
            _ => "text",
        };
        if (_tracing)
        {
            Emit(now, contact.Id, journey.Name, step.Id, "sent", "channel", channel, "template", step.Template, shown, parts.GetValueOrDefault(shown));
        }
        counters.Sent++;
        if (caps.Length > 0)
        {
            // Only real sends count, and only as far back as the longest cap window needs.
            var keep = caps[0].Per;
            foreach (var cap in caps)
            {
                keep = cap.Per > keep ? cap.Per : keep;
            }
            sends ??= contact.Sends[channel] = [];
            sends.Add(now);
            var cutoff = now - keep;
            var kept = 0;
            for (var i = 0; i < sends.Count; i++)
            {
                if (!(sends[i] <= cutoff))
                {
                    sends[kept++] = sends[i];
                }
            }
            sends.RemoveRange(kept, sends.Count - kept);
        }
        _channels.Deliver(new OutboundMessage(now, contact.Id, journey.Name, instance.Id, step.Id, step.Channel, step.Template, parts, address,
            template.Definition.Method));
        return SendOutcome.Sent;
    }

    private SendOutcome Suppress(ContactState contact, InstanceState instance, SendStep step, Instant now, StepCounters counters, string reason)
    {
        RuntimeCounters.Bump(counters.Suppressed, reason);
        if (_tracing)
        {
            Emit(now, contact.Id, instance.Journey, step.Id, "suppressed", "channel", step.Channel.Name(), "template", step.Template, "reason", reason);
        }
        return SendOutcome.Suppressed;
    }
}
