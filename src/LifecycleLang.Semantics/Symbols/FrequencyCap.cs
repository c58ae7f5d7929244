namespace LifecycleLang.Semantics.Symbols;

/// <summary>`cap CHANNEL N per D`.</summary>
public sealed record FrequencyCap(Channel Channel, int Count, TimeSpan Window);
