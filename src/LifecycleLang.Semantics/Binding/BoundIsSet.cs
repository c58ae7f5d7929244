using LifecycleLang.Semantics.Types;
using LifecycleLang.Syntax;

namespace LifecycleLang.Semantics.Binding;

/// <summary>`x is set` / `x is not set`.</summary>
public sealed record BoundIsSet(ExpressionSyntax Syntax, LifecycleType Type, BoundExpression Operand, bool IsNegated)
    : BoundExpression(Syntax, Type);
