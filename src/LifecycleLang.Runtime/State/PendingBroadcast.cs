using NodaTime;

namespace LifecycleLang.Runtime;

/// <summary>An <c>entry at … local</c> broadcast scheduled for one contact at T in its zone (computed
/// when the contact was created; a later zone change does not move it).</summary>
public sealed class PendingBroadcast
{
    public string Journey { get; set; } = "";

    public int Entry { get; set; }

    public Instant Due { get; set; }

    public long Seq { get; set; }
}
