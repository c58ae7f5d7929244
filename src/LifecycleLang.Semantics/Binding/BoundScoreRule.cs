using LifecycleLang.Syntax;

namespace LifecycleLang.Semantics.Binding;

/// <summary>A rule of a score model: <see cref="BoundScoreEventRule"/> (`+N on E`) or <see cref="BoundScoreFitRule"/> (`+N when C`).</summary>
public abstract record BoundScoreRule(ScoreItemSyntax Syntax, decimal Points);
