namespace LifecycleLang.Runtime;

/// <summary><c>split { A 50% { … } B 50% { … } }</c>: arms take consecutive bucket ranges in source order.</summary>
public sealed record SplitStep(IReadOnlyList<SplitArm> Arms) : Step;
