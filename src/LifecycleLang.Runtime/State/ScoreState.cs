using NodaTime;

namespace LifecycleLang.Runtime;

/// <summary>A model's behavioural points as of its last behavioural point (decay is computed from it
/// on demand, never stored), and when that point was added.</summary>
public sealed class ScoreState
{
    public decimal Points { get; set; }

    public Instant? LastPoint { get; set; }
}
