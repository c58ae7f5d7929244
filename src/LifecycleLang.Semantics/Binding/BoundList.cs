using System.Collections.Immutable;
using LifecycleLang.Semantics.Types;
using LifecycleLang.Syntax;

namespace LifecycleLang.Semantics.Binding;

/// <summary>A list literal `[a, b]`; its element type comes from the items or from where it is used.</summary>
public sealed record BoundList(ExpressionSyntax Syntax, LifecycleType Type, ImmutableArray<BoundExpression> Items)
    : BoundExpression(Syntax, Type);
