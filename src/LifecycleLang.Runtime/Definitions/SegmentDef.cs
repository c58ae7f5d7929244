namespace LifecycleLang.Runtime;

/// <summary><c>segment NAME = CONDITION</c>. The condition sees the contact, never an event.</summary>
public sealed record SegmentDef(string Name, Func<EvalContext, bool> Condition);
