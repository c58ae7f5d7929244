using System.Collections.Immutable;
using LifecycleLang.Semantics.Symbols;
using LifecycleLang.Syntax;

namespace LifecycleLang.Semantics.Binding;

/// <summary>An `on E [where C] { … }` arm of a multi-arm wait; <see cref="PathSegment"/> is `on:E` (or `on:E#2`, …).</summary>
public sealed record BoundWaitArm(OnArmSyntax Syntax, EventSymbol? Event, BoundExpression? Where, string PathSegment, ImmutableArray<BoundStep> Steps);
