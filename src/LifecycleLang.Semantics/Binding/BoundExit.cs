using LifecycleLang.Semantics.Symbols;
using LifecycleLang.Syntax;

namespace LifecycleLang.Semantics.Binding;

/// <summary>`exit on E [where C]` (<see cref="Event"/> set) or `exit when C` (<see cref="Condition"/> set).</summary>
public sealed record BoundExit(JourneyClauseSyntax Syntax, EventSymbol? Event, BoundExpression? Condition)
{
    public bool IsOnEvent => Syntax is ExitOnClauseSyntax;
}
