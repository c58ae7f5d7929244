using System.Collections.Immutable;
using LifecycleLang.Semantics.Binding;
using LifecycleLang.Semantics.Symbols;

namespace LifecycleLang.Emit;

// Journeys: clauses become the JourneyDef's properties; steps become the runtime's step records with
// their stable ids (runtime.md §5), nested exactly as in the source.
public sealed partial class CSharpGenerator
{
    private void WriteJourney(BoundJourney journey)
    {
        var location = journey.Symbol.Location;
        _w.Line($"/// <summary>journey {journey.Name}</summary>");
        _w.Block($"internal static class {JourneyClass(journey)}");
        _w.Line($"public static JourneyDef Definition {{ get; }} = new({CSharpLiterals.String(journey.Name)},");
        _w.Indent();

        _w.Open("[");
        foreach (var entry in journey.Entries)
        {
            MapTo(location, entry.Syntax);
            _w.Line(Entry(entry) + ",");
            _w.Unmap();
        }

        _w.Close("],");
        var properties = JourneyProperties(journey);
        WriteSteps(journey, OrEmpty(journey.Steps), properties.Count == 0 ? ");" : ")");
        _w.Outdent();
        if (properties.Count > 0)
        {
            // Clauses other than entries: exits, goal, re-entry, holdout, quiet hours.
            _w.Open();
            foreach (var property in properties)
            {
                _w.Line(property + ",");
            }

            _w.Close("};");
        }

        _w.Close();
        _w.Line();
    }

    private List<string> JourneyProperties(BoundJourney journey)
    {
        var properties = new List<string>();
        if (journey.Funnel is { } funnel)
        {
            properties.Add($"Funnel = {CSharpLiterals.String(funnel.Name)}");
        }

        if (journey.Exits.Length > 0)
        {
            properties.Add($"Exits = [{string.Join(", ", journey.Exits.Select(Exit))}]");
        }

        if (journey.Goal is { Event: { } goalEvent } goal)
        {
            var window = goal.Within ?? _model.GetFacts(journey.Symbol)?.GoalWindow ?? TimeSpan.Zero;
            var where = goal.Where is null ? string.Empty : $", ctx => {Condition(goal.Where, "ctx")}";
            properties.Add($"Goal = new GoalDef({CSharpLiterals.String(goalEvent.Name)}, {CSharpLiterals.Duration(window)}{where})");
        }

        if (journey.Reentry != ReentryKind.Never)
        {
            properties.Add(journey.Reentry == ReentryKind.Always
                ? "Reentry = Reentry.Always"
                : $"Reentry = Reentry.AfterDuration({CSharpLiterals.Duration(journey.ReentryAfter ?? TimeSpan.Zero)})");
        }

        if (journey.HoldoutPercent is { } holdout)
        {
            properties.Add($"HoldoutBasisPoints = {CSharpLiterals.Int((int)Math.Round(holdout * 100m))}");
        }

        if (journey.QuietHours is { } quiet)
        {
            properties.Add($"QuietHours = {QuietHours(quiet)}");
        }

        return properties;
    }

    private static string Entry(BoundEntry entry) => entry switch
    {
        BoundEntryOn on => on.Where is null
            ? $"new EntryOn({CSharpLiterals.String(on.Event?.Name ?? "")})"
            : $"new EntryOn({CSharpLiterals.String(on.Event?.Name ?? "")}, ctx => {Condition(on.Where, "ctx")})",
        BoundEntryWhen entryWhen => $"new EntryWhen(ctx => {Condition(entryWhen.Condition, "ctx")})",
        BoundEntryAt { At: { Offset: not null } at } a =>
            $"EntryAt.AtInstant(Ops.DateTime({CSharpLiterals.String(at.ToString())}){When(a.When)})",
        BoundEntryAt { At: { } at } a =>
            $"EntryAt.AtLocal({CSharpLiterals.LocalDateTime(at.Local)}, local: {CSharpLiterals.Bool(a.IsLocal)}{When(a.When)})",
        _ => "new EntryWhen(ctx => false)",
    };

    private static string When(BoundExpression? when) => when is null ? string.Empty : $", ctx => {Condition(when, "ctx")}";

    private static string Exit(BoundExit exit) => exit.IsOnEvent
        ? exit.Condition is null
            ? $"new ExitOn({CSharpLiterals.String(exit.Event?.Name ?? "")})"
            : $"new ExitOn({CSharpLiterals.String(exit.Event?.Name ?? "")}, ctx => {Condition(exit.Condition, "ctx")})"
        : $"new ExitWhen(ctx => {Condition(exit.Condition!, "ctx")})";

    private void WriteSteps(BoundJourney journey, ImmutableArray<BoundStep> steps, string close)
    {
        if (steps.Length == 0)
        {
            _w.Line("[]" + close);
            return;
        }

        _w.Open("[");
        foreach (var step in steps)
        {
            WriteStep(journey, step);
        }

        _w.Close("]" + close);
    }

    private void WriteStep(BoundJourney journey, BoundStep step)
    {
        var ids = step.Label is { } label
            ? $" {{ Id = {CSharpLiterals.String(step.Id)}, Label = {CSharpLiterals.String(label.Name)} }}"
            : $" {{ Id = {CSharpLiterals.String(step.Id)} }}";
        MapTo(journey.Symbol.Location, step.Syntax);
        switch (step)
        {
            case BoundStageStep stage:
                _w.Line($"new StageStep({CSharpLiterals.String(stage.Stage?.Name ?? "")}){ids},");
                break;
            case BoundSendStep send:
                _w.Line($"new SendStep({ChannelName(send.Channel ?? Channel.Email)}, {CSharpLiterals.String(send.Template?.Name ?? "")}){ids},");
                break;
            case BoundWaitStep wait:
                _w.Line($"new WaitStep({CSharpLiterals.Duration(wait.Duration)}){ids},");
                break;
            case BoundWaitUntilStep until:
                _w.Line($"new WaitUntilStep({CSharpLiterals.LocalTime(until.Time)}, Local: {CSharpLiterals.Bool(until.IsLocal)}){ids},");
                break;
            case BoundWaitForStep waitFor:
                var where = waitFor.Where is null ? "null" : $"ctx => {Condition(waitFor.Where, "ctx")}";
                var head = $"new WaitForStep({CSharpLiterals.String(waitFor.AwaitedEvent?.Name ?? "")}, {CSharpLiterals.Duration(waitFor.Timeout)}, {where}";
                if (!waitFor.HasElse)
                {
                    _w.Line($"{head}){ids},");
                    break;
                }

                _w.Line(head + ", Else:");
                _w.Unmap();
                _w.Indent();
                WriteSteps(journey, OrEmpty(waitFor.Else), $"){ids},");
                _w.Outdent();
                break;
            case BoundWaitArmsStep arms:
                _w.Line($"new WaitAnyStep({CSharpLiterals.Duration(arms.Timeout)},");
                _w.Unmap();
                _w.Indent();
                _w.Open("[");
                foreach (var arm in arms.Arms)
                {
                    var armWhere = arm.Where is null ? "null" : $"ctx => {Condition(arm.Where, "ctx")}";
                    MapTo(journey.Symbol.Location, arm.Syntax);
                    _w.Line($"new WaitArm({CSharpLiterals.String(arm.Event?.Name ?? "")}, {armWhere},");
                    _w.Unmap();
                    _w.Indent();
                    WriteSteps(journey, OrEmpty(arm.Steps), "),");
                    _w.Outdent();
                }

                if (arms.HasTimeoutArm)
                {
                    _w.Close("], Timeout:");
                    WriteSteps(journey, OrEmpty(arms.TimeoutSteps), $"){ids},");
                }
                else
                {
                    _w.Close($"]){ids},");
                }

                _w.Outdent();
                break;
            case BoundIfStep branch:
                _w.Line("new IfStep(");
                _w.Unmap();
                _w.Indent();
                _w.Open("[");
                foreach (var arm in branch.Branches)
                {
                    Comment(arm.Condition.Syntax);
                    MapTo(journey.Symbol.Location, arm.Condition.Syntax);
                    _w.Line($"new IfBranch(ctx => {Condition(arm.Condition, "ctx")},");
                    _w.Unmap();
                    _w.Indent();
                    WriteSteps(journey, OrEmpty(arm.Steps), "),");
                    _w.Outdent();
                }

                if (branch.HasElse)
                {
                    _w.Close("], Else:");
                    WriteSteps(journey, OrEmpty(branch.Else), $"){ids},");
                }
                else
                {
                    _w.Close($"]){ids},");
                }

                _w.Outdent();
                break;
            case BoundSplitStep split:
                _w.Line("new SplitStep(");
                _w.Unmap();
                _w.Indent();
                _w.Open("[");
                foreach (var arm in split.Arms)
                {
                    _w.Line($"new SplitArm({CSharpLiterals.String(arm.Name)}, {CSharpLiterals.Int((int)Math.Round(arm.Share * 100m))},");
                    _w.Indent();
                    WriteSteps(journey, OrEmpty(arm.Steps), "),");
                    _w.Outdent();
                }

                _w.Close($"]){ids},");
                _w.Outdent();
                break;
            case BoundScoreStep score:
                _w.Line($"new ScoreStep({CSharpLiterals.String(score.Model?.Name ?? "")}, {CSharpLiterals.Decimal(score.Delta)}){ids},");
                break;
            case BoundSetStep set:
                _w.Line($"new SetStep({CSharpLiterals.String(set.Field?.Name ?? "")}, ctx => {Value(set.Value, "ctx")}){ids},");
                break;
            case BoundExitStep:
                _w.Line($"new ExitStep(){ids},");
                break;
        }

        _w.Unmap();
    }
}
