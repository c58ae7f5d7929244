using LifecycleLang.Syntax;

namespace LifecycleLang.Semantics.Binding;

/// <summary>`entry at "T" [local] [when C]`: a broadcast at <see cref="At"/> (null when the literal is invalid).</summary>
public sealed record BoundEntryAt(JourneyClauseSyntax Syntax, DateTimeValue? At, bool IsLocal, BoundExpression? When) : BoundEntry(Syntax);
