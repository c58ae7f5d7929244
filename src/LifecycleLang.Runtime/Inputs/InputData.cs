namespace LifecycleLang.Runtime;

/// <summary>The field values of an event read by <see cref="InputReader"/>'s fast path: a fresh ordinal
/// dictionary that nothing else holds, so the engine may keep it as the event's data instead of copying it.</summary>
internal sealed class InputData(int capacity) : Dictionary<string, object?>(capacity, StringComparer.Ordinal);
