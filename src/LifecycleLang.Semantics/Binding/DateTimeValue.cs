namespace LifecycleLang.Semantics.Binding;

/// <summary>
/// A date-time literal: the wall-clock <see cref="Local"/> value and, when written, its UTC
/// <see cref="Offset"/> (`Z` is zero). Without an offset it is read in the workspace zone, or in each
/// contact's zone for `entry at … local` (language.md §2).
/// </summary>
public sealed record DateTimeValue(DateTime Local, TimeSpan? Offset)
{
    public override string ToString() =>
        Local.ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture)
        + (Offset is { } offset ? (offset == TimeSpan.Zero ? "Z" : (offset < TimeSpan.Zero ? "-" : "+") + offset.ToString(@"hh\:mm", System.Globalization.CultureInfo.InvariantCulture)) : string.Empty);
}
