using NodaTime;

namespace LifecycleLang.Runtime;

/// <summary>
/// The value of <c>now</c> (plus or minus durations) while a condition is evaluated for refresh
/// tracking. Comparisons in <see cref="Ops"/> recognise it and report the instant their result flips.
/// Everything else sees it through <see cref="Ops.Plain"/> as an ordinary <see cref="NodaTime.Instant"/>.
/// </summary>
internal sealed class NowTerm(Instant now, Duration offset, TimeDependencies tracker)
{
    public Instant Now { get; } = now;

    public Duration Offset { get; } = offset;

    public TimeDependencies Tracker { get; } = tracker;

    public Instant Value => Now + Offset;

    public NowTerm Plus(Duration d) => new(Now, Offset + d, Tracker);

    public override string ToString() => Value.ToString();
}
