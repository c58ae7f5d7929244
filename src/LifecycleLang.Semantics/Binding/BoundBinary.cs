using LifecycleLang.Semantics.Types;
using LifecycleLang.Syntax;

namespace LifecycleLang.Semantics.Binding;

/// <summary>A binary operation. Operand types are as bound: an `int` operand beside a `number` one is widened by the emitter.</summary>
public sealed record BoundBinary(ExpressionSyntax Syntax, LifecycleType Type, BinaryOperator Operator, BoundExpression Left, BoundExpression Right)
    : BoundExpression(Syntax, Type);
