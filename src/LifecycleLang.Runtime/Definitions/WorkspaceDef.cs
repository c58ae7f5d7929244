using NodaTime;

namespace LifecycleLang.Runtime;

/// <summary>
/// A compiled workspace: everything the engine needs. Generated code constructs one of these with
/// object initialisers; <see cref="Runtime.Engine"/> validates and indexes it once at load.
/// </summary>
public sealed record WorkspaceDef
{
    public ContactSchema Contact { get; init; } = ContactSchema.Empty;

    /// <summary>Declared events only; built-ins (<see cref="BuiltInEvents"/>) are added by the runtime.</summary>
    public IReadOnlyList<EventDef> Events { get; init; } = Array.Empty<EventDef>();

    public WorkspaceSettings Settings { get; init; } = WorkspaceSettings.Default;

    public IReadOnlyList<FunnelDef> Funnels { get; init; } = Array.Empty<FunnelDef>();

    public IReadOnlyList<SegmentDef> Segments { get; init; } = Array.Empty<SegmentDef>();

    public IReadOnlyList<ScoreModelDef> ScoreModels { get; init; } = Array.Empty<ScoreModelDef>();

    public IReadOnlyList<TemplateDef> Templates { get; init; } = Array.Empty<TemplateDef>();

    public IReadOnlyList<JourneyDef> Journeys { get; init; } = Array.Empty<JourneyDef>();

    /// <summary>
    /// How far back event history must be kept: the longest <c>within</c> used by any <c>count</c>.
    /// Null keeps all history, which the compiler must choose when some <c>count(E where C)</c> has no
    /// <c>within</c> (all-time counts without a filter are kept as counters and need no history).
    /// </summary>
    public Duration? HistoryRetention { get; init; }
}
