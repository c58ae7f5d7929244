namespace LifecycleLang.Semantics.Binding;

/// <summary>`decay N every D`.</summary>
public sealed record BoundScoreDecay(decimal Amount, TimeSpan Period);
