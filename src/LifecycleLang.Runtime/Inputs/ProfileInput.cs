using NodaTime;

namespace LifecycleLang.Runtime;

/// <summary>A profile upsert: the named fields are set (a null value unsets an optional field).</summary>
public sealed record ProfileInput(int Line, Instant At, string Id, IReadOnlyDictionary<string, object?> Fields) : InputRecord(Line, At, Id);
