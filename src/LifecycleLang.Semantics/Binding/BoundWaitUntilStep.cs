using LifecycleLang.Semantics.Symbols;
using LifecycleLang.Syntax;

namespace LifecycleLang.Semantics.Binding;

/// <summary>`wait until HH:MM [local]`.</summary>
public sealed record BoundWaitUntilStep(string Id, LabelSymbol? Label, StepSyntax Syntax, EventSymbol? Event, TimeOnly Time, bool IsLocal)
    : BoundStep(Id, Label, Syntax, Event);
