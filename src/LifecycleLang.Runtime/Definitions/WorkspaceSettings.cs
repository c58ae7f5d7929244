namespace LifecycleLang.Runtime;

/// <summary>The <c>settings { … }</c> block. <see cref="TimeZone"/> is an IANA name (null: UTC).</summary>
public sealed record WorkspaceSettings(string? TimeZone = null, QuietHours? QuietHours = null, IReadOnlyList<FrequencyCap>? Caps = null)
{
    public static readonly WorkspaceSettings Default = new();
}
