namespace LifecycleLang.Semantics.Binding;

/// <summary>
/// What the checker knows at a point between steps: the narrowed fields, and the highest funnel stage
/// index a preceding `stage` step on some path may have moved the contact to (-1: none yet), for the
/// "moves backwards" warning. A null FlowState means the point is unreachable (every path exited).
/// </summary>
internal readonly record struct FlowState(Narrowing? Narrowed, int LastStage)
{
    public static readonly FlowState Start = new(null, -1);

    public FlowState AfterPause() => this with { Narrowed = Narrowing.WithoutContactFields(Narrowed) };

    public FlowState With(Narrowing? facts) => facts is null ? this : this with { Narrowed = Narrowing.Union(Narrowed, facts) };

    /// <summary>Where paths meet: a field is narrowed only if it is on every reaching path.</summary>
    public static FlowState? Merge(FlowState? a, FlowState? b)
    {
        if (a is not { } x)
        {
            return b;
        }

        if (b is not { } y)
        {
            return a;
        }

        return new FlowState(Narrowing.Intersect(x.Narrowed, y.Narrowed), Math.Max(x.LastStage, y.LastStage));
    }
}
