namespace LifecycleLang.Runtime;

/// <summary><c>entry when C</c>: enters on the edge false → true of C (runtime.md §3 step 6).</summary>
public sealed record EntryWhen(Func<EvalContext, bool> Condition) : EntryDef;
