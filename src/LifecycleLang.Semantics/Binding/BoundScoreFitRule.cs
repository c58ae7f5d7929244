using LifecycleLang.Syntax;

namespace LifecycleLang.Semantics.Binding;

/// <summary>`+N when C`: fit points counted while C holds.</summary>
public sealed record BoundScoreFitRule(ScoreItemSyntax Syntax, decimal Points, BoundExpression Condition)
    : BoundScoreRule(Syntax, Points);
