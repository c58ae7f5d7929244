using LifecycleLang.Semantics.Symbols;
using LifecycleLang.Syntax;

namespace LifecycleLang.Semantics.Binding;

/// <summary>`set contact.F = E`.</summary>
public sealed record BoundSetStep(string Id, LabelSymbol? Label, StepSyntax Syntax, EventSymbol? Event, FieldSymbol? Field, BoundExpression Value)
    : BoundStep(Id, Label, Syntax, Event);
