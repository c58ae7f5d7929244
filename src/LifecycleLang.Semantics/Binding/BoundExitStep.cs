using LifecycleLang.Semantics.Symbols;
using LifecycleLang.Syntax;

namespace LifecycleLang.Semantics.Binding;

/// <summary>`exit`: leave the journey now.</summary>
public sealed record BoundExitStep(string Id, LabelSymbol? Label, StepSyntax Syntax, EventSymbol? Event)
    : BoundStep(Id, Label, Syntax, Event);
