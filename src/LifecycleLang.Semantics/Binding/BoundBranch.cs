using System.Collections.Immutable;

namespace LifecycleLang.Semantics.Binding;

/// <summary>One `if C { … }` or `else if C { … }` of a branch step; <see cref="Arm"/> is `then`, `elif1`, …</summary>
public sealed record BoundBranch(string Arm, BoundExpression Condition, ImmutableArray<BoundStep> Steps);
