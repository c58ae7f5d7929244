using System.Collections.Immutable;
using System.Globalization;
using LifecycleLang.Runtime;
using LifecycleLang.Semantics.Checking;
using LifecycleLang.Semantics.Symbols;
using LifecycleLang.Semantics.Types;
using LifecycleLang.Syntax;
using LifecycleLang.Syntax.Diagnostics;
using LifecycleLang.Syntax.Text;

namespace LifecycleLang.Semantics.Binding;

/// <summary>
/// Journeys: clauses, then steps in order with flow state (narrowing, stage order), step ids
/// (runtime.md §5, named by the runtime's <see cref="StepIdRules"/>) and the event in scope (language.md §4).
/// </summary>
internal sealed partial class Binder
{
    /// <summary>Per-journey state while its steps are bound.</summary>
    private sealed class JourneyContext(JourneySymbol symbol, FunnelSymbol? funnel, bool funnelUnknown)
    {
        public JourneySymbol Symbol { get; } = symbol;

        public FunnelSymbol? Funnel { get; } = funnel;

        /// <summary>The `funnel` clause named an unknown funnel (reported there): stage steps are not checked further.</summary>
        public bool FunnelUnknown { get; } = funnelUnknown;

        public bool FunnelProblemReported { get; set; }

        public Dictionary<string, LabelSymbol> Labels { get; } = new(StringComparer.Ordinal);

        public ImmutableArray<LabelSymbol>.Builder LabelList { get; } = ImmutableArray.CreateBuilder<LabelSymbol>();
    }

    private BoundJourney BindJourney(JourneySymbol journey)
    {
        _source = journey.Location!.Source;
        _owner = null;
        var syntax = journey.Syntax;
        var entries = ImmutableArray.CreateBuilder<BoundEntry>();
        var exits = ImmutableArray.CreateBuilder<BoundExit>();
        var steps = new List<StepSyntax>();
        var once = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        BoundGoal? goal = null;
        var reentry = ReentryKind.Never;
        TimeSpan? reentryAfter = null;
        decimal? holdout = null;
        QuietHours? quietHours = null;
        FunnelSymbol? funnel = null;
        var funnelUnknown = false;

        foreach (var member in syntax.Members)
        {
            if (member is StepSyntax step)
            {
                steps.Add(step);
                continue;
            }

            var clause = (JourneyClauseSyntax)member;
            if (steps.Count > 0)
            {
                // Decision (docs/decisions/checker.md): an error, because clauses describe the whole journey
                // and reading them in the middle of the steps suggests an order that does not exist.
                var first = clause.FirstToken();
                Report(DiagnosticCatalog.ClauseAfterStep, first?.Span ?? clause.Span, ClauseName(clause));
            }

            switch (clause)
            {
                case FunnelClauseSyntax f:
                    if (!Once(once, "funnel", f, journey) || IsMissing(f.Funnel))
                    {
                        break;
                    }

                    funnel = _symbols.GetFunnel(f.Funnel.Text);
                    if (funnel is null)
                    {
                        funnelUnknown = true;
                        var suggestion = NameSuggester.Suggest(f.Funnel.Text, _symbols.Funnels.Select(x => x.Name));
                        Report(DiagnosticCatalog.UnknownFunnel, f.Funnel.Span, SuggestionFix(f.Funnel, suggestion), f.Funnel.Text, NameSuggester.Hint(suggestion));
                    }
                    else
                    {
                        AddReference(funnel, f.Funnel);
                    }

                    break;
                case EntryOnClauseSyntax on:
                {
                    var e = LookUpEvent(on.Event);
                    entries.Add(new BoundEntryOn(on, e, BindWhere(on.Where, e)));
                    break;
                }

                case EntryWhenClauseSyntax entryWhen:
                    _scope = Scope.NoEvent("an 'entry when' condition has no event; use 'entry on EVENT where …' to look at an event");
                    entries.Add(new BoundEntryWhen(entryWhen, BindRootCondition(entryWhen.Condition, null)));
                    break;
                case EntryAtClauseSyntax at:
                    entries.Add(BindEntryAt(at));
                    break;
                case ExitOnClauseSyntax exitOn:
                {
                    var e = LookUpEvent(exitOn.Event);
                    exits.Add(new BoundExit(exitOn, e, BindWhere(exitOn.Where, e)));
                    break;
                }

                case ExitWhenClauseSyntax exitWhen:
                    _scope = Scope.NoEvent("an 'exit when' condition has no event; use 'exit on EVENT where …' to look at an event");
                    exits.Add(new BoundExit(exitWhen, null, BindRootCondition(exitWhen.Condition, null)));
                    break;
                case GoalClauseSyntax g:
                {
                    var isFirst = Once(once, "goal", g, journey);
                    var e = LookUpEvent(g.Event);
                    var where = BindWhere(g.Where, e);
                    TimeSpan? within = g.Within is { } w ? ReadDuration(w.Duration) : null;
                    if (isFirst)
                    {
                        goal = new BoundGoal(g, e, where, within);
                    }

                    break;
                }

                case ReentryClauseSyntax r:
                    if (!Once(once, "reentry", r, journey))
                    {
                        break;
                    }

                    reentry = r.Mode.Kind switch
                    {
                        TokenKind.Always => ReentryKind.Always,
                        TokenKind.After => ReentryKind.After,
                        _ => ReentryKind.Never,
                    };
                    if (r.After is { } after)
                    {
                        reentryAfter = ReadDuration(after);
                    }

                    break;
                case HoldoutClauseSyntax h:
                    if (!Once(once, "holdout", h, journey) || IsMissing(h.Percent))
                    {
                        break;
                    }

                    holdout = ReadPercent(h.Percent);
                    if (holdout <= 0m || holdout >= 100m)
                    {
                        Report(DiagnosticCatalog.HoldoutOutOfRange, h.Percent.Span, h.Percent.Text);
                    }

                    break;
                case QuietHoursClauseSyntax q:
                    if (Once(once, "quiet hours", q, journey))
                    {
                        quietHours = ReadQuietHours(q.QuietHours);
                    }

                    break;
            }
        }

        if (entries.Count == 0 && !IsMissing(syntax.Name))
        {
            Report(DiagnosticCatalog.MissingEntry, syntax.Name.Span, journey.Name);
        }

        var (stepEvent, noEventReason) = StepEventOf(journey, entries);
        funnel ??= !funnelUnknown && _symbols.Funnels.Count == 1 ? _symbols.Funnels[0] : null;
        var context = new JourneyContext(journey, funnel, funnelUnknown);
        _scope = new Scope(stepEvent, BareFields: false, ContactAllowed: true, noEventReason);
        RecordScope(syntax);
        var (bound, _) = BindSteps(context, steps, string.Empty, FlowState.Start.With(EntryFacts(entries, stepEvent)), stepEvent, noEventReason);
        return new BoundJourney(
            journey, funnel, entries.ToImmutable(), exits.ToImmutable(), goal, reentry, reentryAfter, holdout, quietHours,
            stepEvent, bound, context.LabelList.ToImmutable());
    }

    private bool Once(Dictionary<string, SourceLocation> seen, string name, JourneyClauseSyntax clause, JourneySymbol journey)
    {
        if (seen.ContainsKey(name))
        {
            Report(DiagnosticCatalog.DuplicateClause, clause.Span, journey.Name, name);
            return false;
        }

        seen[name] = Here(clause.Span);
        return true;
    }

    private static string ClauseName(JourneyClauseSyntax clause) => clause switch
    {
        FunnelClauseSyntax => "funnel",
        EntryOnClauseSyntax => "entry on",
        EntryWhenClauseSyntax => "entry when",
        EntryAtClauseSyntax => "entry at",
        ExitOnClauseSyntax => "exit on",
        ExitWhenClauseSyntax => "exit when",
        GoalClauseSyntax => "goal",
        ReentryClauseSyntax => "reentry",
        HoldoutClauseSyntax => "holdout",
        _ => "quiet hours",
    };

    private BoundExpression? BindWhere(WhereClauseSyntax? where, EventSymbol? e)
    {
        if (where is null || e is null)
        {
            return null;
        }

        _scope = Scope.Where(e);
        return BindRootCondition(where.Condition, null);
    }

    private BoundEntryAt BindEntryAt(EntryAtClauseSyntax at)
    {
        DateTimeValue? value = null;
        if (!IsMissing(at.DateTime))
        {
            var text = StringValue(at.DateTime);
            if (!LiteralValidator.TryParseDateTime(text, out var parsed))
            {
                Report(DiagnosticCatalog.InvalidDateTime, at.DateTime.Span, text);
            }
            else
            {
                value = parsed;
                if (at.LocalKeyword is { } local && parsed.Offset is not null)
                {
                    var offsetText = text.EndsWith('Z') ? "Z" : text[^6..];
                    Report(DiagnosticCatalog.LocalWithOffset, TextSpan.FromBounds(at.DateTime.Span.Start, local.Span.End), offsetText);
                }
            }
        }

        BoundExpression? when = null;
        if (at.When is { } w)
        {
            _scope = Scope.NoEvent("an 'entry at' condition has no event");
            when = BindRootCondition(w.Condition, null);
        }

        return new BoundEntryAt(at, value, at.LocalKeyword is not null, when);
    }

    /// <summary>
    /// Event fields proven set by every entry's `where` (`entry on E where budget is set`): the event is
    /// kept for the whole run and never changes, so they stay narrowed in the steps. Contact facts are not
    /// carried over: the profile can change.
    /// </summary>
    private static Narrowing? EntryFacts(ImmutableArray<BoundEntry>.Builder entries, EventSymbol? stepEvent)
    {
        if (stepEvent is null)
        {
            return null;
        }

        Narrowing? common = null;
        var first = true;
        foreach (var entry in entries)
        {
            var facts = entry is BoundEntryOn { Where: { } where } ? Narrowing.WithoutContactFields(Facts(where, whenTrue: true)) : null;
            common = first ? facts : Narrowing.Intersect(common, facts);
            first = false;
        }

        return common;
    }

    /// <summary>language.md §4: the steps see an event only when every entry is `entry on` the same event.</summary>
    private static (EventSymbol? Event, string Reason) StepEventOf(JourneySymbol journey, ImmutableArray<BoundEntry>.Builder entries)
    {
        if (entries.Count == 0)
        {
            return (null, $"journey {journey.Name} has no entry, so its steps have no event");
        }

        EventSymbol? single = null;
        foreach (var entry in entries)
        {
            switch (entry)
            {
                case BoundEntryOn { Event: { } e }:
                    if (single is not null && !ReferenceEquals(single, e))
                    {
                        return (null, $"journey {journey.Name} is entered by different events, so its steps have no event");
                    }

                    single = e;
                    break;
                case BoundEntryOn:
                    return (null, $"journey {journey.Name}'s entry event is unknown");
                case BoundEntryWhen:
                    return (null, $"journey {journey.Name} is entered by 'entry when', so its steps have no event");
                default:
                    return (null, $"journey {journey.Name} is entered by 'entry at', so its steps have no event");
            }
        }

        return (single, string.Empty);
    }

    // ------------------------------------------------------------------ steps

    /// <summary>Binds a block; returns the steps and the flow state at its end (null when every path exits).</summary>
    private (ImmutableArray<BoundStep> Steps, FlowState? End) BindSteps(
        JourneyContext context, IReadOnlyList<StepSyntax> steps, string prefix, FlowState start, EventSymbol? e, string noEventReason)
    {
        var result = ImmutableArray.CreateBuilder<BoundStep>(steps.Count);
        FlowState? state = start;
        var exited = false;
        var reportedUnreachable = false;
        var live = start;
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            if (exited && !reportedUnreachable)
            {
                Report(DiagnosticCatalog.UnreachableStep, StepSpan(step));
                reportedUnreachable = true;
            }

            var label = DeclareLabel(context, step.Label);
            var id = StepIdRules.Id(prefix, i, label?.Name);
            var (bound, after) = BindStep(context, step, id, label, state ?? live, e, noEventReason);
            result.Add(bound);
            if (bound is BoundExitStep)
            {
                exited = true;
            }

            if (after is { } reachable)
            {
                live = reachable;
            }

            state = exited ? null : after;
        }

        return (result.MoveToImmutable(), state);
    }

    private static TextSpan StepSpan(StepSyntax step) => step.Label is { } label ? TextSpan.FromBounds(label.Span.Start, step.Span.End) : step.Span;

    private LabelSymbol? DeclareLabel(JourneyContext context, LabelSyntax? label)
    {
        if (label is null || IsMissing(label.Name))
        {
            return null;
        }

        var name = label.Name.Text;
        if (context.Labels.ContainsKey(name))
        {
            Report(DiagnosticCatalog.DuplicateLabel, label.Name.Span, context.Symbol.Name, name);
            return null;
        }

        var symbol = new LabelSymbol(name, Here(label.Name.Span), context.Symbol);
        context.Labels[name] = symbol;
        context.LabelList.Add(symbol);
        AddDeclaration(symbol, label);
        return symbol;
    }

    private (BoundStep Step, FlowState? After) BindStep(
        JourneyContext context, StepSyntax step, string id, LabelSymbol? label, FlowState state, EventSymbol? e, string noEventReason)
    {
        _scope = new Scope(e, BareFields: false, ContactAllowed: true, noEventReason);
        switch (step)
        {
            case StageStepSyntax stage:
                return BindStageStep(context, stage, id, label, state, e);
            case SendStepSyntax send:
                return BindSendStep(send, id, label, state, e, noEventReason);
            case WaitStepSyntax wait:
                return (new BoundWaitStep(id, label, step, e, ReadDuration(wait.Duration)), state.AfterPause());
            case WaitUntilStepSyntax until:
                TimeOfDayLiteral.TryParse(until.Time.Text, out var hour, out var minute);
                return (new BoundWaitUntilStep(id, label, step, e, new TimeOnly(Math.Min(hour, 23), Math.Min(minute, 59)), until.LocalKeyword is not null), state.AfterPause());
            case WaitForStepSyntax waitFor:
            {
                var awaited = LookUpEvent(waitFor.Event);
                var paused = state.AfterPause();
                BoundExpression? where = null;
                if (waitFor.Where is { } clause && awaited is not null)
                {
                    // The condition is checked when the event arrives, after the pause.
                    _scope = Scope.Where(awaited);
                    where = BindRootCondition(clause.Condition, paused.Narrowed);
                }

                var timeout = ReadDuration(waitFor.Timeout);
                var elseSteps = ImmutableArray<BoundStep>.Empty;
                FlowState? after = paused;
                if (waitFor.Else is { } elseClause)
                {
                    var (steps, end) = BindSteps(context, elseClause.Block.Steps, StepIdRules.BlockPrefix(id, StepIdRules.Else), paused, e, noEventReason);
                    elseSteps = steps;
                    after = FlowState.Merge(paused, end);
                }

                return (new BoundWaitForStep(id, label, step, e, awaited, where, timeout, waitFor.Else is not null, elseSteps), after);
            }

            case WaitArmsStepSyntax arms:
                return BindWaitArms(context, arms, id, label, state, e, noEventReason);
            case IfStepSyntax ifStep:
                return BindIf(context, ifStep, id, label, state, e, noEventReason);
            case SplitStepSyntax split:
                return BindSplit(context, split, id, label, state, e, noEventReason);
            case ScoreStepSyntax score:
            {
                var model = IsMissing(score.Model) ? null : LookUpScoreModel(score.Model);
                return (new BoundScoreStep(id, label, step, e, model, ReadSigned(score.Points)), state);
            }

            case SetStepSyntax set:
                return BindSetStep(set, id, label, state, e);
            case ExitStepSyntax exit when !exit.ExitKeyword.IsMissing:
                return (new BoundExitStep(id, label, step, e), null);
            default:
                // A placeholder left by error recovery: it is not a step and ends nothing.
                return (new BoundWaitStep(id, label, step, e, TimeSpan.Zero), state);
        }
    }

    private (BoundStep, FlowState?) BindStageStep(JourneyContext context, StageStepSyntax step, string id, LabelSymbol? label, FlowState state, EventSymbol? e)
    {
        var token = step.Stage;
        if (IsMissing(token))
        {
            return (new BoundStageStep(id, label, step, e, null), state);
        }

        var funnel = context.Funnel;
        if (funnel is null)
        {
            if (!context.FunnelUnknown && !context.FunnelProblemReported)
            {
                context.FunnelProblemReported = true;
                if (_symbols.Funnels.Count == 0)
                {
                    Report(DiagnosticCatalog.NoFunnelDeclared, token.Span, token.Text);
                }
                else
                {
                    Report(DiagnosticCatalog.FunnelClauseRequired, token.Span, string.Join(", ", _symbols.Funnels.Select(f => f.Name)), context.Symbol.Name);
                }
            }

            return (new BoundStageStep(id, label, step, e, null), state);
        }

        var stage = funnel.GetStage(token.Text);
        if (stage is null)
        {
            var elsewhere = _symbols.Funnels.FirstOrDefault(f => f.GetStage(token.Text) is not null);
            if (elsewhere is not null)
            {
                var suggestion = NameSuggester.Suggest(token.Text, funnel.Stages.Select(s => s.Name));
                Report(DiagnosticCatalog.StageNotInFunnel, token.Span, SuggestionFix(token, suggestion), token.Text, funnel.Name, context.Symbol.Name,
                    $"; it is a stage of funnel {elsewhere.Name}" + NameSuggester.Hint(suggestion));
            }
            else
            {
                var suggestion = NameSuggester.Suggest(token.Text, funnel.Stages.Select(s => s.Name));
                Report(DiagnosticCatalog.UnknownStage, token.Span, SuggestionFix(token, suggestion), funnel.Name, token.Text, NameSuggester.Hint(suggestion));
            }

            return (new BoundStageStep(id, label, step, e, null), state);
        }

        AddReference(stage, token);
        if (state.LastStage > stage.Index)
        {
            Report(DiagnosticCatalog.StageMovesBackwards, StepSpan(step), funnel.Stages[state.LastStage].Name, stage.Name, funnel.Name);
        }

        return (new BoundStageStep(id, label, step, e, stage), state with { LastStage = stage.Index });
    }

    private (BoundStep, FlowState?) BindSendStep(SendStepSyntax step, string id, LabelSymbol? label, FlowState state, EventSymbol? e, string noEventReason)
    {
        Channel? channel = null;
        if (!IsMissing(step.Channel))
        {
            channel = ChannelFacts.Parse(step.Channel.Text);
            if (channel is null)
            {
                var suggestion = NameSuggester.Suggest(step.Channel.Text, ChannelFacts.Names);
                Report(DiagnosticCatalog.UnknownChannel, step.Channel.Span, SuggestionFix(step.Channel, suggestion), step.Channel.Text, NameSuggester.Hint(suggestion));
            }
        }

        TemplateSymbol? template = null;
        if (!IsMissing(step.Template))
        {
            template = _symbols.GetTemplate(step.Template.Text);
            if (template is null)
            {
                // Prefer a template of the channel being sent.
                var ofChannel = _symbols.Templates.Where(t => channel is null || t.Channel == channel).Select(t => t.Name);
                var suggestion = NameSuggester.Suggest(step.Template.Text, ofChannel) ?? NameSuggester.Suggest(step.Template.Text, _symbols.Templates.Select(t => t.Name));
                Report(DiagnosticCatalog.UnknownTemplate, step.Template.Span, SuggestionFix(step.Template, suggestion), step.Template.Text, NameSuggester.Hint(suggestion));
            }
            else
            {
                AddReference(template, step.Template);
                MarkUsed(template);
            }
        }

        if (channel is { } ch && template?.Channel is { } templateChannel && templateChannel != ch)
        {
            var name = ChannelFacts.ToName(templateChannel);
            Report(DiagnosticCatalog.ChannelMismatch, TextSpan.FromBounds(step.Channel.Span.Start, step.Template.Span.End),
                ReplaceFix($"Send it by {name}", step.Channel.Span, name), template.Name, WithArticle(name), ChannelFacts.ToName(ch), name);
        }
        else if (channel == Channel.Email && _symbols.Contact.EmailAddressField is null)
        {
            Report(DiagnosticCatalog.NoAddressField, step.Channel.Span, "email", "email", "email");
        }
        else if (channel == Channel.Sms && _symbols.Contact.PhoneAddressField is null)
        {
            Report(DiagnosticCatalog.NoAddressField, step.Channel.Span, "sms", "phone", "phone");
        }

        if (template is not null)
        {
            CheckTemplateEventFields(step, template, e, noEventReason);
        }

        // Quiet hours may hold an email, sms or push send: the instance can pause there (language.md §4).
        var after = channel is Channel.Webhook ? state : state.AfterPause();
        return (new BoundSendStep(id, label, step, e, channel, template), after);
    }

    private static string WithArticle(string channel) => (channel is "email" ? "an " : channel is "sms" ? "an " : "a ") + channel;

    private void CheckTemplateEventFields(SendStepSyntax step, TemplateSymbol template, EventSymbol? e, string noEventReason)
    {
        if (template.EventFields.IsEmpty)
        {
            return;
        }

        if (e is null)
        {
            var fields = string.Join(", ", template.EventFields.Select(f => "event." + f));
            Report(DiagnosticCatalog.TemplateEventNotInScope, step.Template.Span, $"template {template.Name} uses {fields}, but no event is in scope here: {noEventReason}");
            return;
        }

        if (_templateEventUses.TryGetValue(template, out var uses))
        {
            // Rename and find-references of an event field reach the templates sent where that event is in scope.
            foreach (var (name, location) in uses)
            {
                if (e.GetField(name) is { } symbol && _templateEventReferences.Add((symbol, location)))
                {
                    _references.Add(new SymbolReference(symbol, location, IsDeclaration: false));
                }
            }
        }

        foreach (var field in template.EventFields)
        {
            if (e.GetField(field) is null)
            {
                var suggestion = NameSuggester.Suggest(field, e.Fields.Select(f => f.Name));
                Report(DiagnosticCatalog.TemplateEventNotInScope, step.Template.Span,
                    $"template {template.Name} uses event.{field}, but the event in scope here, {e.Name}, has no field '{field}'{NameSuggester.Hint(suggestion)}");
            }
        }
    }

    private (BoundStep, FlowState?) BindSetStep(SetStepSyntax step, string id, LabelSymbol? label, FlowState state, EventSymbol? e)
    {
        FieldSymbol? field = null;
        if (!IsMissing(step.Field))
        {
            field = _symbols.Contact.GetField(step.Field.Text);
            if (field is null)
            {
                var suggestion = NameSuggester.Suggest(step.Field.Text, _symbols.Contact.Fields.Select(f => f.Name));
                Report(DiagnosticCatalog.UnknownField, step.Field.Span, SuggestionFix(step.Field, suggestion), "the contact", step.Field.Text, NameSuggester.Hint(suggestion));
            }
            else
            {
                AddReference(field, step.Field);
                if (field.IsImplicitId)
                {
                    Report(DiagnosticCatalog.ReadOnlyField, step.Field.Span);
                }
            }
        }

        var value = Bind(step.Value, field?.Type.NonOptional(), state.Narrowed);
        if (field is null || field.Type.IsError || value.Type.IsError)
        {
            return (new BoundSetStep(id, label, step, e, field, value), state);
        }

        var target = field.Type;
        if (value.Type.IsOptional && !target.IsOptional)
        {
            ReportOptional(value, inArithmetic: false);
        }
        else if (!IsAssignable(value.Type.NonOptional(), target.NonOptional()))
        {
            var hint = value.Type.Kind == TypeKind.Number && target.Kind == TypeKind.Int
                ? " (a number may have decimals; an int field only holds whole numbers)"
                : value.Type.Kind == TypeKind.Text && target.Kind is TypeKind.Email or TypeKind.Phone or TypeKind.TimeZone
                    ? $" (only a value of type {target.NonOptional()} or a literal the checker can validate can be stored in this field)"
                    : string.Empty;
            Report(DiagnosticCatalog.AssignmentMismatch, step.Value.Span, field.Name, Describe(target), Describe(value.Type), hint);
        }

        // After `set contact.F = E`, F counts as set when E is not optional (language.md §4).
        var narrowed = value.Type.IsOptional ? Narrowing.Remove(state.Narrowed, field) : Narrowing.Add(state.Narrowed, field);
        return (new BoundSetStep(id, label, step, e, field, value), state with { Narrowed = narrowed });
    }

    private (BoundStep, FlowState?) BindWaitArms(
        JourneyContext context, WaitArmsStepSyntax step, string id, LabelSymbol? label, FlowState state, EventSymbol? e, string noEventReason)
    {
        var timeout = ReadDuration(step.Timeout);
        var paused = state.AfterPause();
        var arms = ImmutableArray.CreateBuilder<BoundWaitArm>();
        var timeoutSteps = ImmutableArray<BoundStep>.Empty;
        var hasTimeout = false;
        FlowState? after = null;
        var segments = StepIdRules.OnArms(step.Arms.OfType<OnArmSyntax>().Select(on => IsMissing(on.Event) ? "?" : on.Event.Text).ToArray());
        var onArms = 0;
        foreach (var arm in step.Arms)
        {
            switch (arm)
            {
                case OnArmSyntax on:
                {
                    var armEvent = LookUpEvent(on.Event);
                    var segment = segments[onArms++];
                    BoundExpression? where = null;
                    if (on.Where is { } clause && armEvent is not null)
                    {
                        _scope = Scope.Where(armEvent);
                        where = BindRootCondition(clause.Condition, paused.Narrowed);
                    }

                    // Inside the arm its event is in scope; it shadows the entry event (language.md §4).
                    var reason = armEvent is null ? $"the event of this arm is unknown" : noEventReason;
                    _scope = new Scope(armEvent, BareFields: false, ContactAllowed: true, reason);
                    RecordScope(on.Block);
                    var (steps, end) = BindSteps(context, on.Block.Steps, StepIdRules.BlockPrefix(id, segment), paused, armEvent, reason);
                    arms.Add(new BoundWaitArm(on, armEvent, where, segment, steps));
                    after = FlowState.Merge(after, end);
                    break;
                }

                case TimeoutArmSyntax t:
                {
                    if (hasTimeout)
                    {
                        Report(DiagnosticCatalog.DuplicateArm, t.TimeoutKeyword.Span, "this wait already has a 'timeout' arm; keep one");
                        break;
                    }

                    hasTimeout = true;
                    var (steps, end) = BindSteps(context, t.Block.Steps, StepIdRules.BlockPrefix(id, StepIdRules.Timeout), paused, e, noEventReason);
                    timeoutSteps = steps;
                    after = FlowState.Merge(after, end);
                    break;
                }
            }
        }

        if (!hasTimeout)
        {
            after = FlowState.Merge(after, paused);
        }

        return (new BoundWaitArmsStep(id, label, step, e, timeout, arms.ToImmutable(), hasTimeout, timeoutSteps), after);
    }

    private (BoundStep, FlowState?) BindIf(
        JourneyContext context, IfStepSyntax step, string id, LabelSymbol? label, FlowState state, EventSymbol? e, string noEventReason)
    {
        var branches = ImmutableArray.CreateBuilder<BoundBranch>();
        var condition = BindCondition(step.Condition, state.Narrowed);
        var then = StepIdRules.Branch(0);
        var (thenSteps, thenEnd) = BindSteps(context, step.Then.Steps, StepIdRules.BlockPrefix(id, then), state.With(Facts(condition, true)), e, noEventReason);
        branches.Add(new BoundBranch(then, condition, thenSteps));
        FlowState? after = thenEnd;
        var otherwise = Facts(condition, false);
        var n = 0;
        foreach (var elseIf in step.ElseIfs)
        {
            n++;
            _scope = new Scope(e, BareFields: false, ContactAllowed: true, noEventReason);
            var reached = state.With(otherwise);
            var elseIfCondition = BindCondition(elseIf.Condition, reached.Narrowed);
            var arm = StepIdRules.Branch(n);
            var (steps, end) = BindSteps(context, elseIf.Block.Steps, StepIdRules.BlockPrefix(id, arm), reached.With(Facts(elseIfCondition, true)), e, noEventReason);
            branches.Add(new BoundBranch(arm, elseIfCondition, steps));
            after = FlowState.Merge(after, end);
            otherwise = Narrowing.Union(otherwise, Facts(elseIfCondition, false));
        }

        var elseSteps = ImmutableArray<BoundStep>.Empty;
        if (step.Else is { } elseClause)
        {
            var (steps, end) = BindSteps(context, elseClause.Block.Steps, StepIdRules.BlockPrefix(id, StepIdRules.Else), state.With(otherwise), e, noEventReason);
            elseSteps = steps;
            after = FlowState.Merge(after, end);
        }
        else
        {
            after = FlowState.Merge(after, state.With(otherwise));
        }

        return (new BoundIfStep(id, label, step, e, branches.ToImmutable(), step.Else is not null, elseSteps), after);
    }

    private (BoundStep, FlowState?) BindSplit(
        JourneyContext context, SplitStepSyntax step, string id, LabelSymbol? label, FlowState state, EventSymbol? e, string noEventReason)
    {
        var arms = ImmutableArray.CreateBuilder<BoundSplitArm>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var total = 0m;
        FlowState? after = null;
        foreach (var arm in step.Arms)
        {
            var name = IsMissing(arm.Name) ? "?" : arm.Name.Text;
            if (!IsMissing(arm.Name) && !names.Add(name))
            {
                Report(DiagnosticCatalog.DuplicateArm, arm.Name.Span, $"this split already has an arm named '{name}'; arm names are part of step ids and must differ");
            }

            var share = ReadPercent(arm.Share);
            total += share;
            if (share == 0m && !IsMissing(arm.Share))
            {
                Report(DiagnosticCatalog.SplitShareZero, arm.Share.Span, name);
            }

            var (steps, end) = BindSteps(context, arm.Block.Steps, StepIdRules.BlockPrefix(id, StepIdRules.SplitArm(name)), state, e, noEventReason);
            arms.Add(new BoundSplitArm(name, share, steps));
            after = FlowState.Merge(after, end);
        }

        if (total != 100m)
        {
            Report(DiagnosticCatalog.SplitSharesNot100, step.SplitKeyword.Span, total.ToString("0.##", CultureInfo.InvariantCulture));
        }

        return (new BoundSplitStep(id, label, step, e, arms.ToImmutable()), arms.Count == 0 ? state : after);
    }
}
