namespace LifecycleLang.Runtime;

/// <summary><c>set contact.F = EXPR</c>. The value is a runtime value (see README: decimal, string, bool,
/// LocalDate, Instant, <see cref="ValueList"/>, or null for unset).</summary>
public sealed record SetStep(string Field, Func<EvalContext, object?> Value) : Step;
