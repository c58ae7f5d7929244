using LifecycleLang.Semantics.Symbols;
using LifecycleLang.Syntax;

namespace LifecycleLang.Semantics.Binding;

/// <summary>`score M +N` / `score M -N`.</summary>
public sealed record BoundScoreStep(string Id, LabelSymbol? Label, StepSyntax Syntax, EventSymbol? Event, ScoreModelSymbol? Model, decimal Delta)
    : BoundStep(Id, Label, Syntax, Event);
