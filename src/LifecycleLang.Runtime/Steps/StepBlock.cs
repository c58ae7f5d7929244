namespace LifecycleLang.Runtime;

/// <summary>A nested block of a step, named by its id segment (<c>then</c>, <c>elif1</c>, <c>else</c>,
/// <c>on:EVENT</c>, <c>on:EVENT#2</c>, <c>timeout</c>, or a split arm's name).</summary>
public sealed record StepBlock(string Segment, IReadOnlyList<Step> Steps);
