using NodaTime;

namespace LifecycleLang.Runtime;

/// <summary>A readable line that breaks a rule: traced as <c>rejected</c> at its <c>at</c>, in order.</summary>
public sealed record InvalidInput(int Line, Instant At, string? Contact, string Reason) : InputRecord(Line, At, Contact);
