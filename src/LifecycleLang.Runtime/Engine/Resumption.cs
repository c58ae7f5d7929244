namespace LifecycleLang.Runtime;

/// <summary>An instance resumed in step 4 of a pass, to be run in step 7: how, and for an event which
/// arm matched (-1 for a single-event <c>wait for</c>).</summary>
internal sealed record Resumption(InstanceState Instance, string StepId, ResumeKind Kind, int Arm = -1, EventRecord? Event = null);
