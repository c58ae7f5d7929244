using LifecycleLang.Semantics.Symbols;
using LifecycleLang.Syntax;

namespace LifecycleLang.Semantics.Binding;

/// <summary>`stage S`: move the contact to S of the journey's funnel.</summary>
public sealed record BoundStageStep(string Id, LabelSymbol? Label, StepSyntax Syntax, EventSymbol? Event, StageSymbol? Stage)
    : BoundStep(Id, Label, Syntax, Event);
