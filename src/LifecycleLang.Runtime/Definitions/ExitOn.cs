namespace LifecycleLang.Runtime;

/// <summary><c>exit on EVENT [where C]</c>: matches an input event (first cascade round only).</summary>
public sealed record ExitOn(string Event, Func<EvalContext, bool>? Where = null) : ExitDef;
