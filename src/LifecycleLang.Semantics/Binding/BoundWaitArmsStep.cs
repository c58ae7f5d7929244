using System.Collections.Immutable;
using LifecycleLang.Semantics.Symbols;
using LifecycleLang.Syntax;

namespace LifecycleLang.Semantics.Binding;

/// <summary>`wait up to D { on E { … } … [timeout { … }] }`; <see cref="TimeoutSteps"/> is empty without a timeout arm.</summary>
public sealed record BoundWaitArmsStep(
    string Id,
    LabelSymbol? Label,
    StepSyntax Syntax,
    EventSymbol? Event,
    TimeSpan Timeout,
    ImmutableArray<BoundWaitArm> Arms,
    bool HasTimeoutArm,
    ImmutableArray<BoundStep> TimeoutSteps)
    : BoundStep(Id, Label, Syntax, Event);
