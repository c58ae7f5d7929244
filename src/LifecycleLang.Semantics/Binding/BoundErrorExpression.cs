using LifecycleLang.Semantics.Types;
using LifecycleLang.Syntax;

namespace LifecycleLang.Semantics.Binding;

/// <summary>An expression that could not be bound (already reported); its type is the error type, which silences follow-up errors.</summary>
public sealed record BoundErrorExpression(ExpressionSyntax Syntax) : BoundExpression(Syntax, LifecycleType.Error);
