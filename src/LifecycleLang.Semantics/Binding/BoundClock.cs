using LifecycleLang.Semantics.Types;
using LifecycleLang.Syntax;

namespace LifecycleLang.Semantics.Binding;

/// <summary>`now` or `today`.</summary>
public sealed record BoundClock(ExpressionSyntax Syntax, LifecycleType Type, ClockKind Clock) : BoundExpression(Syntax, Type);
