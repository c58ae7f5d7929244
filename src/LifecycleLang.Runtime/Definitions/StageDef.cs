using NodaTime;

namespace LifecycleLang.Runtime;

/// <summary>A funnel stage: its owning team (free text, for reports) and an optional SLA.</summary>
public sealed record StageDef(string Name, string? Owner = null, Duration? Sla = null);
