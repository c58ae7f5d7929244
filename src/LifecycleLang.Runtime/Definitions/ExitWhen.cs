namespace LifecycleLang.Runtime;

/// <summary><c>exit when C</c>: ends an active instance whenever C holds at an evaluation.</summary>
public sealed record ExitWhen(Func<EvalContext, bool> Condition) : ExitDef;
