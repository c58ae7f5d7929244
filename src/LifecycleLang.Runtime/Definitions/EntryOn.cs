namespace LifecycleLang.Runtime;

/// <summary><c>entry on EVENT [where C]</c>. The event that caused the entry stays in scope for the run.</summary>
public sealed record EntryOn(string Event, Func<EvalContext, bool>? Where = null) : EntryDef;
