using System.Collections.Immutable;
using LifecycleLang.Semantics.Binding;
using LifecycleLang.Semantics.Symbols;

namespace LifecycleLang.Semantics.Facts;

/// <summary>Computes <see cref="JourneyFacts"/> from a bound journey; one walk over its steps and expressions.</summary>
internal sealed class JourneyFactsCalculator
{
    /// <summary>A day plus a daylight-saving shift: the most a `wait until HH:MM` can take.</summary>
    public static readonly TimeSpan WaitUntilBound = TimeSpan.FromHours(25);

    private readonly WorkspaceSettings _settings;
    private readonly List<EventSymbol> _events = [];
    private readonly List<FieldSymbol> _read = [];
    private readonly List<FieldSymbol> _written = [];
    private readonly List<SegmentSymbol> _segments = [];
    private readonly List<ScoreModelSymbol> _models = [];
    private readonly List<TemplateSymbol> _templates = [];
    private readonly List<StageSymbol> _stages = [];
    private TimeSpan _quiet;

    public JourneyFactsCalculator(WorkspaceSettings settings)
    {
        _settings = settings;
    }

    public JourneyFacts Compute(BoundJourney journey)
    {
        _events.Clear();
        _read.Clear();
        _written.Clear();
        _segments.Clear();
        _models.Clear();
        _templates.Clear();
        _stages.Clear();
        _quiet = (journey.QuietHours ?? _settings.QuietHours)?.Length ?? TimeSpan.Zero;

        foreach (var entry in journey.Entries)
        {
            switch (entry)
            {
                case BoundEntryOn on:
                    AddEvent(on.Event);
                    Visit(on.Where);
                    break;
                case BoundEntryWhen entryWhen:
                    Visit(entryWhen.Condition);
                    break;
                case BoundEntryAt at:
                    Visit(at.When);
                    break;
            }
        }

        foreach (var exit in journey.Exits)
        {
            AddEvent(exit.Event);
            Visit(exit.Condition);
        }

        if (journey.Goal is { } goal)
        {
            AddEvent(goal.Event);
            Visit(goal.Where);
        }

        var (continuing, exiting) = Block(journey.Steps);
        var longest = Max(continuing, exiting) ?? TimeSpan.Zero;
        return new JourneyFacts(
            journey.Symbol,
            longest,
            journey.Goal?.Within ?? longest,
            [.. _events],
            [.. _read],
            [.. _written],
            [.. _segments],
            [.. _models],
            [.. _templates],
            [.. _stages]);
    }

    // ------------------------------------------------------------------ longest duration

    /// <summary>
    /// The longest time from the start of a block to its end along paths that go on after it
    /// (<c>Continuing</c>, null when every path exits) and along paths that end in `exit` (<c>Exiting</c>).
    /// </summary>
    private (TimeSpan? Continuing, TimeSpan? Exiting) Block(ImmutableArray<BoundStep> steps)
    {
        TimeSpan? continuing = TimeSpan.Zero;
        TimeSpan? exiting = null;
        foreach (var step in steps)
        {
            if (continuing is not { } elapsed)
            {
                break;
            }

            var (c, x) = Step(step);
            exiting = Max(exiting, Add(elapsed, x));
            continuing = Add(elapsed, c);
        }

        return (continuing, exiting);
    }

    private (TimeSpan? Continuing, TimeSpan? Exiting) Step(BoundStep step)
    {
        switch (step)
        {
            case BoundWaitStep wait:
                return (wait.Duration, null);
            case BoundWaitUntilStep:
                return (WaitUntilBound, null);
            case BoundSendStep send:
                AddSymbol(send.Template, _templates);
                if (send.Template is { } template)
                {
                    foreach (var field in template.ContactFields)
                    {
                        AddSymbol(field, _read);
                    }
                }

                return (send.Channel is { } channel && !ChannelFacts.CanBeHeld(channel) ? TimeSpan.Zero : _quiet, null);
            case BoundExitStep:
                return (null, TimeSpan.Zero);
            case BoundStageStep stage:
                AddSymbol(stage.Stage, _stages);
                return (TimeSpan.Zero, null);
            case BoundScoreStep score:
                AddModel(score.Model);
                return (TimeSpan.Zero, null);
            case BoundSetStep set:
                AddSymbol(set.Field, _written);
                Visit(set.Value);
                return (TimeSpan.Zero, null);
            case BoundWaitForStep waitFor:
            {
                AddEvent(waitFor.AwaitedEvent);
                Visit(waitFor.Where);
                // The event may come at any time up to the bound; on timeout the else block runs after it.
                var (c, x) = Block(waitFor.Else);
                return (Max(waitFor.Timeout, Add(waitFor.Timeout, c)), Add(waitFor.Timeout, x));
            }

            case BoundWaitArmsStep arms:
            {
                TimeSpan? continuing = arms.HasTimeoutArm ? null : arms.Timeout;
                TimeSpan? exiting = null;
                foreach (var arm in arms.Arms)
                {
                    AddEvent(arm.Event);
                    Visit(arm.Where);
                    var (c, x) = Block(arm.Steps);
                    continuing = Max(continuing, Add(arms.Timeout, c));
                    exiting = Max(exiting, Add(arms.Timeout, x));
                }

                if (arms.HasTimeoutArm)
                {
                    var (c, x) = Block(arms.TimeoutSteps);
                    continuing = Max(continuing, Add(arms.Timeout, c));
                    exiting = Max(exiting, Add(arms.Timeout, x));
                }

                return (continuing, exiting);
            }

            case BoundIfStep ifStep:
            {
                TimeSpan? continuing = ifStep.HasElse ? null : TimeSpan.Zero;
                TimeSpan? exiting = null;
                foreach (var branch in ifStep.Branches)
                {
                    Visit(branch.Condition);
                    var (c, x) = Block(branch.Steps);
                    continuing = Max(continuing, c);
                    exiting = Max(exiting, x);
                }

                if (ifStep.HasElse)
                {
                    var (c, x) = Block(ifStep.Else);
                    continuing = Max(continuing, c);
                    exiting = Max(exiting, x);
                }

                return (continuing, exiting);
            }

            case BoundSplitStep split:
            {
                TimeSpan? continuing = split.Arms.IsEmpty ? TimeSpan.Zero : null;
                TimeSpan? exiting = null;
                foreach (var arm in split.Arms)
                {
                    var (c, x) = Block(arm.Steps);
                    continuing = Max(continuing, c);
                    exiting = Max(exiting, x);
                }

                return (continuing, exiting);
            }

            default:
                return (TimeSpan.Zero, null);
        }
    }

    private static TimeSpan? Max(TimeSpan? a, TimeSpan? b) => a is null ? b : b is null ? a : (a > b ? a : b);

    // Saturating: absurd but valid durations must not overflow the sum.
    private static TimeSpan? Add(TimeSpan a, TimeSpan? b) =>
        b is not { } value ? null : (TimeSpan.MaxValue - a < value ? TimeSpan.MaxValue : a + value);

    // ------------------------------------------------------------------ dependencies

    private void Visit(BoundExpression? expression)
    {
        switch (expression)
        {
            case null:
                return;
            case BoundFieldAccess { IsContactField: true } field:
                AddSymbol(field.Field, _read);
                break;
            case BoundCount count:
                AddEvent(count.Event);
                Visit(count.Where);
                break;
            case BoundScoreValue score:
                AddModel(score.Model);
                break;
            case BoundSegmentTest test:
                if (test.Segment is { } segment && AddSymbol(segment, _segments))
                {
                    Visit(segment.Condition);
                }

                break;
            case BoundBinary binary:
                Visit(binary.Left);
                Visit(binary.Right);
                break;
            case BoundUnary unary:
                Visit(unary.Operand);
                break;
            case BoundIn @in:
                Visit(@in.Item);
                Visit(@in.Collection);
                break;
            case BoundIsSet isSet:
                Visit(isSet.Operand);
                break;
            case BoundList list:
                foreach (var item in list.Items)
                {
                    Visit(item);
                }

                break;
        }
    }

    private void AddModel(ScoreModelSymbol? model)
    {
        if (model is null || !AddSymbol(model, _models))
        {
            return;
        }

        foreach (var rule in model.Rules)
        {
            switch (rule)
            {
                case BoundScoreEventRule on:
                    AddEvent(on.Event);
                    Visit(on.Where);
                    break;
                case BoundScoreFitRule fit:
                    Visit(fit.Condition);
                    break;
            }
        }
    }

    private void AddEvent(EventSymbol? e) => AddSymbol(e, _events);

    private bool AddSymbol<T>(T? symbol, List<T> list)
        where T : Symbol
    {
        // Lists are short (a journey's dependencies), so a linear search is cheaper than hashing.
        if (symbol is null || list.Contains(symbol))
        {
            return false;
        }

        list.Add(symbol);
        return true;
    }
}
