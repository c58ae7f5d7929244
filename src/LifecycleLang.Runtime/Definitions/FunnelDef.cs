namespace LifecycleLang.Runtime;

/// <summary>A funnel: stages in the order written.</summary>
public sealed record FunnelDef(string Name, IReadOnlyList<StageDef> Stages);
