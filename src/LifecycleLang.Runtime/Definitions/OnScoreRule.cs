namespace LifecycleLang.Runtime;

/// <summary><c>+N on EVENT [where C]</c>: a behavioural point, added when a matching event arrives.
/// <see cref="Where"/> sees the event's fields (<c>ctx.Event("f")</c>) and the contact.</summary>
public sealed record OnScoreRule(decimal Points, string Event, Func<EvalContext, bool>? Where = null) : ScoreRule(Points);
