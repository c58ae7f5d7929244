namespace LifecycleLang.Runtime;

/// <summary>An <c>on EVENT [where C] { … }</c> arm of a <see cref="WaitAnyStep"/>; the event is in scope in its steps.</summary>
public sealed record WaitArm(string Event, Func<EvalContext, bool>? Where, IReadOnlyList<Step> Steps);
