namespace LifecycleLang.Runtime;

/// <summary>One condition and block of an <see cref="IfStep"/>.</summary>
public sealed record IfBranch(Func<EvalContext, bool> Condition, IReadOnlyList<Step> Steps);
