using LifecycleLang.Semantics.Symbols;
using LifecycleLang.Syntax;

namespace LifecycleLang.Semantics.Binding;

/// <summary>
/// `goal E [where C] [within D]`. <see cref="Within"/> is as written (null when not); the window the
/// runtime uses is <see cref="Facts.JourneyFacts.GoalWindow"/> (the journey's longest duration by default).
/// </summary>
public sealed record BoundGoal(GoalClauseSyntax Syntax, EventSymbol? Event, BoundExpression? Where, TimeSpan? Within);
