using LifecycleLang.Semantics.Types;
using LifecycleLang.Syntax;

namespace LifecycleLang.Semantics.Binding;

/// <summary>
/// A literal value. <see cref="Value"/> is a <c>string</c> (text, email, phone, timezone), <c>decimal</c>
/// (int, number), <c>bool</c>, <c>DateOnly</c> (date), <see cref="DateTimeValue"/> (datetime) or
/// <c>TimeSpan</c> (duration); null only when the literal is invalid (reported).
/// </summary>
public sealed record BoundLiteral(ExpressionSyntax Syntax, LifecycleType Type, object? Value) : BoundExpression(Syntax, Type);
