namespace LifecycleLang.Runtime;

/// <summary><c>stage S</c>: moves the contact to stage S of the journey's funnel.</summary>
public sealed record StageStep(string Stage) : Step;
