using LifecycleLang.Semantics.Symbols;
using LifecycleLang.Syntax;

namespace LifecycleLang.Semantics.Binding;

/// <summary>`entry on E [where C]`.</summary>
public sealed record BoundEntryOn(JourneyClauseSyntax Syntax, EventSymbol? Event, BoundExpression? Where) : BoundEntry(Syntax);
