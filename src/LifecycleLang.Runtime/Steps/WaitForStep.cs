using NodaTime;

namespace LifecycleLang.Runtime;

/// <summary><c>wait for EVENT [where C] up to D [else { … }]</c>. The else block runs only on timeout.
/// <see cref="Where"/> sees the awaited event's fields and the contact.</summary>
public sealed record WaitForStep(string Event, Duration UpTo, Func<EvalContext, bool>? Where = null, IReadOnlyList<Step>? Else = null) : Step;
