using LifecycleLang.Semantics.Symbols;
using LifecycleLang.Semantics.Types;
using LifecycleLang.Syntax;

namespace LifecycleLang.Semantics.Binding;

/// <summary>`score M`: the model's current value (a number).</summary>
public sealed record BoundScoreValue(ExpressionSyntax Syntax, LifecycleType Type, ScoreModelSymbol? Model) : BoundExpression(Syntax, Type);
