using NodaTime;

namespace LifecycleLang.Runtime;

/// <summary>
/// One trace line (runtime.md §6). <see cref="Journey"/> and <see cref="Step"/> are written only when
/// not null; <see cref="At"/> and <see cref="Contact"/> are always written (null for an unreadable
/// input line). <see cref="Fields"/> are the kind's fields, in order.
/// </summary>
public sealed record TraceLine(Instant? At, string? Contact, string? Journey, string? Step, string Kind, IReadOnlyList<KeyValuePair<string, object?>> Fields)
{
    /// <summary>A field's value, or null when the line has no such field.</summary>
    public object? this[string field] => Fields.FirstOrDefault(f => f.Key == field).Value;
}
