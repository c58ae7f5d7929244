using NodaTime;

namespace LifecycleLang.Runtime;

/// <summary>
/// <c>entry at "T" [local] [when C]</c>, a broadcast. Exactly one of <see cref="Instant"/> (T had an
/// offset or Z) and <see cref="LocalDateTime"/> (T had no offset) is set. With <see cref="Local"/>, T is
/// read in each contact's zone; without it, a <see cref="LocalDateTime"/> is read in the workspace zone.
/// </summary>
public sealed record EntryAt(Instant? Instant, LocalDateTime? LocalDateTime, bool Local = false, Func<EvalContext, bool>? When = null) : EntryDef
{
    public static EntryAt AtInstant(Instant instant, Func<EvalContext, bool>? when = null) => new(instant, null, false, when);

    public static EntryAt AtLocal(LocalDateTime time, bool local, Func<EvalContext, bool>? when = null) => new(null, time, local, when);
}
