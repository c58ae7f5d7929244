using System.Collections.Immutable;
using LifecycleLang.Runtime;
using NodaTime;

namespace LifecycleLang.Hosting;

/// <summary>
/// What `simulate --report` shows: per journey the entries, per-step reach, sends, suppressions and goal
/// conversion for treatment and holdout with lift; per funnel stage-to-stage conversion and time in stage.
/// Built from the runtime's counters and the trace (stage lines carry the times).
/// </summary>
public sealed record SimulationReport(ImmutableArray<JourneyReport> Journeys, ImmutableArray<FunnelReport> Funnels, long Rejected)
{
    public static SimulationReport From(WorkspaceDef workspace, RuntimeCounters counters, IReadOnlyList<TraceLine> trace)
    {
        var journeys = workspace.Journeys
            .OrderBy(j => j.Name, StringComparer.Ordinal)
            .Select(j => JourneyReport.From(j, counters.Journeys.GetValueOrDefault(j.Name)))
            .ToImmutableArray();
        var funnels = workspace.Funnels
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .Select(f => FunnelReport.From(f, trace))
            .ToImmutableArray();
        return new SimulationReport(journeys, funnels, counters.Rejected);
    }
}

public sealed record JourneyReport(
    string Name,
    long Entered,
    long HoldoutEntered,
    long Goals,
    long HoldoutGoals,
    ImmutableArray<StepReport> Steps,
    ImmutableSortedDictionary<string, long> Exited)
{
    public decimal? Conversion => Entered == 0 ? null : (decimal)Goals / Entered;

    public decimal? HoldoutConversion => HoldoutEntered == 0 ? null : (decimal)HoldoutGoals / HoldoutEntered;

    /// <summary>Relative lift of treatment over holdout conversion; null without a holdout baseline.</summary>
    public decimal? Lift => Conversion is { } t && HoldoutConversion is { } h && h != 0 ? (t - h) / h : null;

    internal static JourneyReport From(JourneyDef journey, JourneyCounters? counters)
    {
        var steps = new List<StepReport>();
        Collect(journey.Steps, counters, steps);
        return new JourneyReport(
            journey.Name,
            counters?.Entered ?? 0,
            counters?.HoldoutEntered ?? 0,
            counters?.Goals ?? 0,
            counters?.HoldoutGoals ?? 0,
            [.. steps],
            (counters?.Exited ?? []).ToImmutableSortedDictionary(StringComparer.Ordinal));
    }

    private static void Collect(IReadOnlyList<Step> steps, JourneyCounters? counters, List<StepReport> into)
    {
        foreach (var step in steps)
        {
            var c = counters?.Steps.GetValueOrDefault(step.Id);
            into.Add(new StepReport(step.Id, Describe(step), c?.Reached ?? 0, c?.Sent ?? 0, c?.Held ?? 0,
                (c?.Suppressed ?? []).ToImmutableSortedDictionary(StringComparer.Ordinal)));
            foreach (var block in StepIds.BlocksOf(step))
            {
                Collect(block.Steps, counters, into);
            }
        }
    }

    private static string Describe(Step step) => step switch
    {
        SendStep s => $"send {s.Channel.ToString().ToLowerInvariant()} {s.Template}",
        StageStep s => $"stage {s.Stage}",
        WaitStep w => $"wait {Format(w.Duration)}",
        WaitUntilStep u => $"wait until {u.Time:HH:mm}{(u.Local ? " local" : "")}",
        WaitForStep f => $"wait for {f.Event} up to {Format(f.UpTo)}",
        WaitAnyStep a => $"wait up to {Format(a.UpTo)}",
        IfStep => "if",
        SplitStep => "split",
        ScoreStep s => $"score {s.Model} {(s.Delta >= 0 ? "+" : "")}{s.Delta}",
        SetStep s => $"set contact.{s.Field}",
        ExitStep => "exit",
        _ => step.GetType().Name,
    };

    internal static string Format(Duration duration) => ReportText.Duration(duration);
}

public sealed record StepReport(string Id, string Description, long Reached, long Sent, long Held, ImmutableSortedDictionary<string, long> Suppressed);

public sealed record FunnelReport(string Name, ImmutableArray<StageReport> Stages)
{
    internal static FunnelReport From(FunnelDef funnel, IReadOnlyList<TraceLine> trace)
    {
        // Every stay: (contact, stage, entered at, left at or null while still there).
        var stays = new List<(string Contact, string Stage, Instant From, Instant? To)>();
        var open = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in trace)
        {
            if (line.Kind != "stage" || line.At is not { } at || line.Contact is not { } contact
                || line["funnel"] as string != funnel.Name || line["stage"] is not string stage)
            {
                continue;
            }

            if (open.TryGetValue(contact, out var index))
            {
                stays[index] = stays[index] with { To = at };
            }

            open[contact] = stays.Count;
            stays.Add((contact, stage, at, null));
        }

        var stages = funnel.Stages.Select((stage, i) =>
        {
            var here = stays.Where(s => s.Stage == stage.Name).ToList();
            var reached = here.Select(s => s.Contact).Distinct(StringComparer.Ordinal).ToList();
            decimal? toNext = null;
            if (i + 1 < funnel.Stages.Count && reached.Count > 0)
            {
                var later = funnel.Stages.Skip(i + 1).Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
                var advanced = reached.Count(c => stays.Any(s => s.Contact == c && later.Contains(s.Stage)));
                toNext = (decimal)advanced / reached.Count;
            }

            var closed = here.Where(s => s.To is not null).Select(s => s.To!.Value - s.From).ToList();
            Duration? average = closed.Count == 0 ? null : Duration.FromTicks((long)closed.Average(d => (double)d.BclCompatibleTicks));
            return new StageReport(stage.Name, stage.Owner, reached.Count, toNext, average, here.Count(s => s.To is null));
        });
        return new FunnelReport(funnel.Name, [.. stages]);
    }
}

/// <param name="ConversionToLater">Share of the contacts that reached this stage and later reached a later stage.</param>
/// <param name="AverageTimeInStage">Mean length of the stays that ended; open stays are counted in <paramref name="StillThere"/>.</param>
public sealed record StageReport(string Stage, string? Owner, long Reached, decimal? ConversionToLater, Duration? AverageTimeInStage, long StillThere);
