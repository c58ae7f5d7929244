using NodaTime;

namespace LifecycleLang.Runtime;

/// <summary><c>reentry never | always | after D</c> (default never). Never while an instance is active.</summary>
public sealed record Reentry(ReentryKind Kind, Duration After = default)
{
    public static readonly Reentry Never = new(ReentryKind.Never);
    public static readonly Reentry Always = new(ReentryKind.Always);

    public static Reentry AfterDuration(Duration d) => new(ReentryKind.After, d);

    /// <summary>May a contact whose last entry was at <paramref name="lastEntry"/> enter at <paramref name="now"/>?</summary>
    public bool Allows(Instant? lastEntry, Instant now) => lastEntry is not { } last || Kind switch
    {
        ReentryKind.Never => false,
        ReentryKind.Always => true,
        _ => now >= last + After,
    };
}
