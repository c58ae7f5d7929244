using LifecycleLang.Semantics.Symbols;
using LifecycleLang.Syntax;

namespace LifecycleLang.Semantics.Binding;

/// <summary>`send CHANNEL T`.</summary>
public sealed record BoundSendStep(string Id, LabelSymbol? Label, StepSyntax Syntax, EventSymbol? Event, Channel? Channel, TemplateSymbol? Template)
    : BoundStep(Id, Label, Syntax, Event);
