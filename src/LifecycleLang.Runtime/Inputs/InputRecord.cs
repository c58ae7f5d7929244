using NodaTime;

namespace LifecycleLang.Runtime;

/// <summary>A readable input line (runtime.md §1): valid (<see cref="ProfileInput"/>, <see cref="EventInput"/>)
/// or rejected (<see cref="InvalidInput"/>), processed in order of <see cref="At"/>. Line is 1-based.</summary>
public abstract record InputRecord(int Line, Instant At, string? Contact);
