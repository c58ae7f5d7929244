using LifecycleLang.Syntax;

namespace LifecycleLang.Semantics.Binding;

/// <summary>An `entry` clause: <see cref="BoundEntryOn"/>, <see cref="BoundEntryWhen"/> or <see cref="BoundEntryAt"/>.</summary>
public abstract record BoundEntry(JourneyClauseSyntax Syntax);
