using NodaTime;

namespace LifecycleLang.Runtime;

/// <summary>An event for a contact, with its typed field values (unset fields absent).</summary>
public sealed record EventInput(int Line, Instant At, string Id, string Event, IReadOnlyDictionary<string, object?> Data) : InputRecord(Line, At, Id);
