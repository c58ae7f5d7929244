using LifecycleLang.Semantics.Symbols;
using LifecycleLang.Syntax;

namespace LifecycleLang.Semantics.Binding;

/// <summary>`+N on E [where C]`: behavioural points added when a matching event arrives.</summary>
public sealed record BoundScoreEventRule(ScoreItemSyntax Syntax, decimal Points, EventSymbol? Event, BoundExpression? Where)
    : BoundScoreRule(Syntax, Points);
