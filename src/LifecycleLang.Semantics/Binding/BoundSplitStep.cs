using System.Collections.Immutable;
using LifecycleLang.Semantics.Symbols;
using LifecycleLang.Syntax;

namespace LifecycleLang.Semantics.Binding;

/// <summary>`split { A 50% { … } B 50% { … } }`: arms in source order take consecutive bucket ranges.</summary>
public sealed record BoundSplitStep(string Id, LabelSymbol? Label, StepSyntax Syntax, EventSymbol? Event, ImmutableArray<BoundSplitArm> Arms)
    : BoundStep(Id, Label, Syntax, Event);
