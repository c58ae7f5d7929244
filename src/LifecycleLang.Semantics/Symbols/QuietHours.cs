namespace LifecycleLang.Semantics.Symbols;

/// <summary>`quiet hours A to B`: [A, B) in the contact's zone, wrapping midnight when A &gt; B.</summary>
public sealed record QuietHours(TimeOnly From, TimeOnly To)
{
    /// <summary>How long the window lasts (what a held send may wait at most).</summary>
    public TimeSpan Length => From <= To ? To - From : TimeSpan.FromDays(1) - (From - To);
}
