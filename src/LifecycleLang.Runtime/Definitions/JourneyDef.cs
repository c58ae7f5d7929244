namespace LifecycleLang.Runtime;

/// <summary>
/// A compiled journey. Required: its name, at least one entry and its steps (ids filled in). Clauses
/// are init properties with the language's defaults: no exits, no goal, <c>reentry never</c>, no
/// holdout, the workspace's quiet hours.
/// </summary>
public sealed record JourneyDef(string Name, IReadOnlyList<EntryDef> Entries, IReadOnlyList<Step> Steps)
{
    /// <summary>The funnel that <c>stage</c> steps name; null when the workspace has a single funnel.</summary>
    public string? Funnel { get; init; }

    public IReadOnlyList<ExitDef> Exits { get; init; } = Array.Empty<ExitDef>();

    public GoalDef? Goal { get; init; }

    public Reentry Reentry { get; init; } = Reentry.Never;

    /// <summary><c>holdout P%</c> in basis points (10% → 1000); 0 means no holdout.</summary>
    public int HoldoutBasisPoints { get; init; }

    /// <summary><c>quiet hours</c> overriding the workspace's for this journey's sends.</summary>
    public QuietHours? QuietHours { get; init; }
}
