using NodaTime;

namespace LifecycleLang.Service.Delivery;

/// <summary>Exponential backoff: the nth failed attempt waits First × 2^(n−1), at most Max; after
/// MaxAttempts failures the row is given up (kept, marked failed, with its last error).</summary>
public sealed record RetryPolicy(Duration First, Duration Max, int MaxAttempts)
{
    public static RetryPolicy Default { get; } = new(Duration.FromSeconds(5), Duration.FromHours(1), 20);

    /// <summary>When to try again after <paramref name="attempts"/> failures, or null to give up.</summary>
    public Instant? RetryAt(Instant now, int attempts)
    {
        if (attempts >= MaxAttempts)
        {
            return null;
        }
        var delay = First * Math.Pow(2, Math.Min(attempts - 1, 30));
        return now + (delay > Max ? Max : delay);
    }
}
