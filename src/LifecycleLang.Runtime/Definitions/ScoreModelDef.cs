namespace LifecycleLang.Runtime;

/// <summary>A <c>score NAME { … }</c> model. Rules are in source order; null bounds are unbounded.</summary>
public sealed record ScoreModelDef(string Name, IReadOnlyList<ScoreRule> Rules, DecayDef? Decay = null, decimal? Min = null, decimal? Max = null);
