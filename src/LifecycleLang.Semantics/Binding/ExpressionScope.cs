using LifecycleLang.Semantics.Symbols;

namespace LifecycleLang.Semantics.Binding;

/// <summary>
/// What an expression at some place may refer to (language.md §4): the event in scope (null: none), whether
/// its fields may be written bare (in a `where` on it), and whether `contact` may be read (not in a count filter).
/// </summary>
public sealed record ExpressionScope(EventSymbol? Event, bool EventFieldsBare, bool ContactAllowed);
