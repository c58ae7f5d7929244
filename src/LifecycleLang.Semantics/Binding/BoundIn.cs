using LifecycleLang.Semantics.Types;
using LifecycleLang.Syntax;

namespace LifecycleLang.Semantics.Binding;

/// <summary>`x in list` / `x not in list` (false / true for an unset x).</summary>
public sealed record BoundIn(ExpressionSyntax Syntax, LifecycleType Type, BoundExpression Item, BoundExpression Collection, bool IsNegated)
    : BoundExpression(Syntax, Type);
