namespace LifecycleLang.Runtime;

/// <summary>A split arm: its name and its share in basis points (50% → 5000, 12.5% → 1250).</summary>
public sealed record SplitArm(string Name, int ShareBasisPoints, IReadOnlyList<Step> Steps);
