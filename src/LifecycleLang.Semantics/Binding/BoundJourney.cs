using System.Collections.Immutable;
using LifecycleLang.Semantics.Symbols;

namespace LifecycleLang.Semantics.Binding;

/// <summary>
/// A journey after binding: its clauses and its steps with ids. <see cref="StepEvent"/> is the event in
/// scope in its steps (when every entry is `entry on` the same event), else null. <see cref="Funnel"/>
/// is the funnel its `stage` steps use (the `funnel` clause, or the only funnel of the workspace).
/// </summary>
public sealed record BoundJourney(
    JourneySymbol Symbol,
    FunnelSymbol? Funnel,
    ImmutableArray<BoundEntry> Entries,
    ImmutableArray<BoundExit> Exits,
    BoundGoal? Goal,
    ReentryKind Reentry,
    TimeSpan? ReentryAfter,
    decimal? HoldoutPercent,
    QuietHours? QuietHours,
    EventSymbol? StepEvent,
    ImmutableArray<BoundStep> Steps,
    ImmutableArray<LabelSymbol> Labels)
{
    public string Name => Symbol.Name;
}
