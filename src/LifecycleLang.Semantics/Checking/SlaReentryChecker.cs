using LifecycleLang.Semantics.Binding;
using LifecycleLang.Semantics.Symbols;
using LifecycleLang.Syntax;
using LifecycleLang.Syntax.Diagnostics;

namespace LifecycleLang.Semantics.Checking;

/// <summary>
/// runtime.md §3: journeys can re-enter one another forever through the runtime-raised
/// `stage_sla_breached` — a journey entered on it (with reentry other than never) whose steps move the
/// contact into a stage with an SLA, whose breach enters it (or another such journey) again. A journey J
/// leads to K when J has a `stage` step into a stage with an `sla` that K's `entry on stage_sla_breached`
/// can match (a `where funnel == "F"` / `stage == "S"` filter is taken into account); a cycle is warned
/// at the entry clause of each journey on it.
/// </summary>
internal sealed class SlaReentryChecker(WorkspaceSymbols symbols, IReadOnlyList<BoundJourney> journeys, DiagnosticBag diagnostics)
{
    public void Check()
    {
        var candidates = journeys.Where(j => j.Reentry != ReentryKind.Never && SlaEntries(j).Any()).ToList();
        if (candidates.Count == 0)
        {
            return;
        }

        var edges = new Dictionary<BoundJourney, List<BoundJourney>>(ReferenceEqualityComparer.Instance);
        foreach (var from in candidates)
        {
            var stages = new List<StageSymbol>();
            CollectSlaStages(from.Steps, stages);
            edges[from] = [.. candidates.Where(to => stages.Any(stage => SlaEntries(to).Any(entry => MayMatch(entry.Where, stage))))];
        }

        foreach (var journey in candidates)
        {
            var cycle = FindCycle(journey, edges);
            if (cycle is null)
            {
                continue;
            }

            var entry = SlaEntries(journey).First();
            var names = string.Join(" → ", cycle.Select(j => j.Name));
            var source = journey.Symbol.Location!.Source;
            diagnostics.Report(DiagnosticCatalog.SlaReentryCycle, source, entry.Syntax.Span,
                $"journeys can re-enter one another forever through stage_sla_breached ({names}): each moves the contact into a stage with an sla whose breach enters the next again; use 'reentry never' or avoid moving back into a stage with an sla");
        }
    }

    private IEnumerable<BoundEntryOn> SlaEntries(BoundJourney journey) =>
        journey.Entries.OfType<BoundEntryOn>().Where(e => ReferenceEquals(e.Event, symbols.StageSlaBreached));

    private static void CollectSlaStages(IEnumerable<BoundStep> steps, List<StageSymbol> stages)
    {
        foreach (var step in steps)
        {
            switch (step)
            {
                case BoundStageStep { Stage: { Sla: not null } stage }:
                    stages.Add(stage);
                    break;
                case BoundIfStep ifStep:
                    foreach (var branch in ifStep.Branches)
                    {
                        CollectSlaStages(branch.Steps, stages);
                    }

                    CollectSlaStages(ifStep.Else, stages);
                    break;
                case BoundSplitStep split:
                    foreach (var arm in split.Arms)
                    {
                        CollectSlaStages(arm.Steps, stages);
                    }

                    break;
                case BoundWaitForStep waitFor:
                    CollectSlaStages(waitFor.Else, stages);
                    break;
                case BoundWaitArmsStep arms:
                    foreach (var arm in arms.Arms)
                    {
                        CollectSlaStages(arm.Steps, stages);
                    }

                    CollectSlaStages(arms.TimeoutSteps, stages);
                    break;
            }
        }
    }

    /// <summary>False only when the filter clearly excludes the stage: `stage == "X"` / `funnel == "F"` joined by `and`.</summary>
    private static bool MayMatch(BoundExpression? where, StageSymbol stage) => where switch
    {
        null => true,
        BoundBinary { Operator: BinaryOperator.And } both => MayMatch(both.Left, stage) && MayMatch(both.Right, stage),
        BoundBinary { Operator: BinaryOperator.Equal, Left: BoundFieldAccess field, Right: BoundLiteral { Value: string value } } =>
            Matches(field.Field.Name, value, stage),
        BoundBinary { Operator: BinaryOperator.Equal, Left: BoundLiteral { Value: string value }, Right: BoundFieldAccess field } =>
            Matches(field.Field.Name, value, stage),
        _ => true,
    };

    private static bool Matches(string field, string value, StageSymbol stage) => field switch
    {
        "stage" => value == stage.Name,
        "funnel" => value == stage.Funnel.Name,
        _ => true,
    };

    private static List<BoundJourney>? FindCycle(BoundJourney start, Dictionary<BoundJourney, List<BoundJourney>> edges)
    {
        var previous = new Dictionary<BoundJourney, BoundJourney>(ReferenceEqualityComparer.Instance);
        var queue = new Queue<BoundJourney>();
        queue.Enqueue(start);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var next in edges[node])
            {
                if (ReferenceEquals(next, start))
                {
                    var path = new List<BoundJourney> { start };
                    for (var at = node; !ReferenceEquals(at, start); at = previous[at])
                    {
                        path.Insert(1, at);
                    }

                    path.Add(start);
                    return path;
                }

                if (previous.TryAdd(next, node))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return null;
    }
}
