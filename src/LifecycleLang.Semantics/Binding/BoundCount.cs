using LifecycleLang.Semantics.Symbols;
using LifecycleLang.Semantics.Types;
using LifecycleLang.Syntax;

namespace LifecycleLang.Semantics.Binding;

/// <summary>`count(E [where C] [within D])`: an int; <see cref="Within"/> null means ever.</summary>
public sealed record BoundCount(ExpressionSyntax Syntax, LifecycleType Type, EventSymbol? Event, BoundExpression? Where, TimeSpan? Within)
    : BoundExpression(Syntax, Type);
