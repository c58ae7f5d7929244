using System.Collections;
using System.Collections.Immutable;

namespace LifecycleLang.Runtime;

/// <summary>
/// The runtime value of a <c>list&lt;T&gt;</c>: immutable, compared by value (element by element with
/// <see cref="Ops.ValueEquals"/>), so a <c>set</c> step can tell whether it changed anything.
/// </summary>
public sealed class ValueList : IReadOnlyList<object?>, IEquatable<ValueList>
{
    public static readonly ValueList Empty = new(ImmutableArray<object?>.Empty);

    private readonly ImmutableArray<object?> _items;

    public ValueList(ImmutableArray<object?> items) => _items = items;

    public ValueList(IEnumerable<object?> items) => _items = items.ToImmutableArray();

    public int Count => _items.Length;

    public object? this[int index] => _items[index];

    public ValueList Concat(ValueList other) => new(_items.AddRange(other._items));

    public bool Equals(ValueList? other)
    {
        if (other is null || other.Count != Count)
        {
            return false;
        }
        for (var i = 0; i < Count; i++)
        {
            if (!Ops.SameValue(_items[i], other._items[i]))
            {
                return false;
            }
        }
        return true;
    }

    public override bool Equals(object? obj) => obj is ValueList l && Equals(l);

    public override int GetHashCode() => Count;

    public IEnumerator<object?> GetEnumerator() => ((IEnumerable<object?>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => "[" + string.Join(", ", _items.Select(i => i?.ToString() ?? "null")) + "]";
}
