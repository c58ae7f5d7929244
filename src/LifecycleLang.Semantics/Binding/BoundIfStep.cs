using System.Collections.Immutable;
using LifecycleLang.Semantics.Symbols;
using LifecycleLang.Syntax;

namespace LifecycleLang.Semantics.Binding;

/// <summary>`if C { } else if C { } else { }`; <see cref="Else"/> is empty without an else block.</summary>
public sealed record BoundIfStep(
    string Id,
    LabelSymbol? Label,
    StepSyntax Syntax,
    EventSymbol? Event,
    ImmutableArray<BoundBranch> Branches,
    bool HasElse,
    ImmutableArray<BoundStep> Else)
    : BoundStep(Id, Label, Syntax, Event);
