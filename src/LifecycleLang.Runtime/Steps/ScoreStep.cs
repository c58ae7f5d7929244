namespace LifecycleLang.Runtime;

/// <summary><c>score M +N</c> / <c>score M -N</c>: a behavioural point for model M (Delta is signed).</summary>
public sealed record ScoreStep(string Model, decimal Delta) : Step;
