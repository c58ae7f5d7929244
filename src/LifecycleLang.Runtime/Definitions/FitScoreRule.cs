namespace LifecycleLang.Runtime;

/// <summary><c>+N when C</c>: fit points, counted live while the condition holds (never stored).</summary>
public sealed record FitScoreRule(decimal Points, Func<EvalContext, bool> Condition) : ScoreRule(Points);
