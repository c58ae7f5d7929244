using NodaTime;

namespace LifecycleLang.Runtime;

/// <summary><c>goal EVENT [where C] [within D]</c>. The compiler always passes the window: the given D, or
/// the journey's longest possible duration. A goal counts at entry ≤ at ≤ entry + Window.</summary>
public sealed record GoalDef(string Event, Duration Window, Func<EvalContext, bool>? Where = null);
