using System.Collections.Immutable;
using LifecycleLang.Semantics.Symbols;

namespace LifecycleLang.Semantics.Facts;

/// <summary>
/// What the checker computes about a journey for reports, the emitter and the runtime.
/// <see cref="LongestDuration"/>: the longest possible run (language.md §3 end: the longest path, `wait until`
/// counted as 25 hours, each email/sms/push send as the effective quiet-hours window, every wait at its bound).
/// <see cref="GoalWindow"/>: the goal's `within`, or the longest duration when it has none.
/// The dependency sets include what the journey reads through the segments and score models it uses.
/// </summary>
public sealed record JourneyFacts(
    JourneySymbol Journey,
    TimeSpan LongestDuration,
    TimeSpan GoalWindow,
    ImmutableArray<EventSymbol> Events,
    ImmutableArray<FieldSymbol> ContactFieldsRead,
    ImmutableArray<FieldSymbol> ContactFieldsWritten,
    ImmutableArray<SegmentSymbol> Segments,
    ImmutableArray<ScoreModelSymbol> ScoreModels,
    ImmutableArray<TemplateSymbol> Templates,
    ImmutableArray<StageSymbol> Stages)
{
    /// <summary>"5 days 10 hours", as `lifecycle check` prints it.</summary>
    public string LongestDurationText => DurationFormatter.Format(LongestDuration);
}
