namespace LifecycleLang.Runtime;

/// <summary><c>if C { … } else if C { … } else { … }</c>: Branches[0] is the then-block, Branches[k] is elif k.</summary>
public sealed record IfStep(IReadOnlyList<IfBranch> Branches, IReadOnlyList<Step>? Else = null) : Step;
