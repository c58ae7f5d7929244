namespace LifecycleLang.Runtime;

/// <summary><c>exit</c>: leaves the journey now (reason <c>exit</c>, with the step id).</summary>
public sealed record ExitStep : Step;
