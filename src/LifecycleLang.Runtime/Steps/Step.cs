namespace LifecycleLang.Runtime;

/// <summary>
/// A journey step. <see cref="Id"/> is the step id of runtime.md §5, precomputed by the compiler (or
/// filled in by <see cref="StepIds.Assign"/>); <see cref="Label"/> is the optional <c>name:</c> before it.
/// Steps are immutable and shared by every instance; instance state refers to them by id.
/// </summary>
public abstract record Step
{
    public string Id { get; init; } = "";

    public string? Label { get; init; }
}
