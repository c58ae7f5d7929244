using System.Collections.Immutable;

namespace LifecycleLang.Semantics.Binding;

/// <summary>`Name P% { … }`; <see cref="Share"/> is the percentage (50 for 50%).</summary>
public sealed record BoundSplitArm(string Name, decimal Share, ImmutableArray<BoundStep> Steps);
