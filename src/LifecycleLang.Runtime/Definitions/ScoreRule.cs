namespace LifecycleLang.Runtime;

/// <summary>A rule of a score model: <see cref="OnScoreRule"/> (behavioural) or <see cref="FitScoreRule"/>.</summary>
public abstract record ScoreRule(decimal Points);
