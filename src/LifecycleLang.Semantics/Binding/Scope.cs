using LifecycleLang.Semantics.Symbols;

namespace LifecycleLang.Semantics.Binding;

/// <summary>
/// What an expression may refer to where it is written (language.md §4 "Where `event` is in scope"):
/// the event in scope (null: none, and <see cref="NoEventReason"/> says why, for the message), whether
/// its fields may be written bare (only in a `where` on that event), and whether `contact` may be read
/// (not in a `count(...)` filter).
/// </summary>
internal readonly record struct Scope(EventSymbol? Event, bool BareFields, bool ContactAllowed, string NoEventReason)
{
    public static Scope NoEvent(string reason) => new(null, false, true, reason);

    public static Scope Where(EventSymbol @event) => new(@event, true, true, string.Empty);
}
