using System.Collections.Immutable;
using LifecycleLang.Semantics.Symbols;
using LifecycleLang.Syntax;

namespace LifecycleLang.Semantics.Binding;

/// <summary>`wait for E [where C] up to D [else { … }]`; <see cref="Else"/> is empty when there is no else block.</summary>
public sealed record BoundWaitForStep(
    string Id,
    LabelSymbol? Label,
    StepSyntax Syntax,
    EventSymbol? Event,
    EventSymbol? AwaitedEvent,
    BoundExpression? Where,
    TimeSpan Timeout,
    bool HasElse,
    ImmutableArray<BoundStep> Else)
    : BoundStep(Id, Label, Syntax, Event);
