using LifecycleLang.Syntax;

namespace LifecycleLang.Semantics.Binding;

/// <summary>`entry when C` (an edge: false before, true after).</summary>
public sealed record BoundEntryWhen(JourneyClauseSyntax Syntax, BoundExpression Condition) : BoundEntry(Syntax);
