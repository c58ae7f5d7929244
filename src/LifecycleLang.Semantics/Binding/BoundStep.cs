using LifecycleLang.Semantics.Symbols;
using LifecycleLang.Syntax;

namespace LifecycleLang.Semantics.Binding;

/// <summary>
/// A step of a journey. <see cref="Id"/> is its stable id (runtime.md §5: the label, or the path like
/// `4/then/2`); <see cref="Event"/> is the event in scope for the step (`event.F`, templates), or null.
/// </summary>
public abstract record BoundStep(string Id, LabelSymbol? Label, StepSyntax Syntax, EventSymbol? Event);
