using LifecycleLang.Semantics.Symbols;
using LifecycleLang.Syntax;

namespace LifecycleLang.Semantics.Binding;

/// <summary>`wait D`.</summary>
public sealed record BoundWaitStep(string Id, LabelSymbol? Label, StepSyntax Syntax, EventSymbol? Event, TimeSpan Duration)
    : BoundStep(Id, Label, Syntax, Event);
