using NodaTime;

namespace LifecycleLang.Runtime;

/// <summary>
/// The value of <c>today</c> (the contact's local date, plus or minus whole days) while a condition is
/// evaluated for refresh tracking: comparisons report the local midnight at which they flip.
/// </summary>
internal sealed class TodayTerm(LocalDate today, int offsetDays, DateTimeZone zone, TimeDependencies tracker)
{
    public LocalDate Today { get; } = today;

    public int OffsetDays { get; } = offsetDays;

    public DateTimeZone Zone { get; } = zone;

    public TimeDependencies Tracker { get; } = tracker;

    public LocalDate Value => Today.PlusDays(OffsetDays);

    public TodayTerm PlusDays(int days) => new(Today, OffsetDays + days, Zone, Tracker);

    public override string ToString() => Value.ToString();
}
