using LifecycleLang.Semantics.Types;
using LifecycleLang.Syntax;

namespace LifecycleLang.Semantics.Binding;

/// <summary>`not a` or `-a`.</summary>
public sealed record BoundUnary(ExpressionSyntax Syntax, LifecycleType Type, UnaryOperator Operator, BoundExpression Operand)
    : BoundExpression(Syntax, Type);
