using NodaTime;

namespace LifecycleLang.Runtime;

/// <summary><c>wait up to D { on E { … } … [timeout { … }] }</c>: the first matching arm in source order wins.</summary>
public sealed record WaitAnyStep(Duration UpTo, IReadOnlyList<WaitArm> Arms, IReadOnlyList<Step>? Timeout = null) : Step;
