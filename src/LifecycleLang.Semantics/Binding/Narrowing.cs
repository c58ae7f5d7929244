using LifecycleLang.Semantics.Symbols;

namespace LifecycleLang.Semantics.Binding;

/// <summary>
/// The optional fields proven set at a point of the program (language.md §4 "Narrowing"), as an
/// immutable linked list: sets are tiny (usually empty), so a list beats hashing and never allocates
/// when nothing is narrowed. Null is the empty set.
/// </summary>
internal sealed class Narrowing
{
    private Narrowing(FieldSymbol field, Narrowing? next)
    {
        Field = field;
        Next = next;
    }

    public FieldSymbol Field { get; }

    public Narrowing? Next { get; }

    public static bool Contains(Narrowing? set, FieldSymbol field)
    {
        for (var node = set; node is not null; node = node.Next)
        {
            if (ReferenceEquals(node.Field, field))
            {
                return true;
            }
        }

        return false;
    }

    public static Narrowing? Add(Narrowing? set, FieldSymbol field) => Contains(set, field) ? set : new Narrowing(field, set);

    public static Narrowing? Remove(Narrowing? set, FieldSymbol field)
    {
        if (!Contains(set, field))
        {
            return set;
        }

        Narrowing? result = null;
        for (var node = set; node is not null; node = node.Next)
        {
            if (!ReferenceEquals(node.Field, field))
            {
                result = new Narrowing(node.Field, result);
            }
        }

        return result;
    }

    public static Narrowing? Union(Narrowing? a, Narrowing? b)
    {
        if (a is null)
        {
            return b;
        }

        var result = b;
        for (var node = a; node is not null; node = node.Next)
        {
            result = Add(result, node.Field);
        }

        return result;
    }

    public static Narrowing? Intersect(Narrowing? a, Narrowing? b)
    {
        Narrowing? result = null;
        for (var node = a; node is not null; node = node.Next)
        {
            if (Contains(b, node.Field))
            {
                result = new Narrowing(node.Field, result);
            }
        }

        return result;
    }

    /// <summary>
    /// What survives a step that can pause the instance: the profile may change while it waits, so
    /// contact fields lose their narrowing; event fields (the event is kept for the run) stay narrowed.
    /// </summary>
    public static Narrowing? WithoutContactFields(Narrowing? set)
    {
        var any = false;
        for (var node = set; node is not null; node = node.Next)
        {
            any |= node.Field.IsContactField;
        }

        if (!any)
        {
            return set;
        }

        Narrowing? result = null;
        for (var node = set; node is not null; node = node.Next)
        {
            if (!node.Field.IsContactField)
            {
                result = new Narrowing(node.Field, result);
            }
        }

        return result;
    }
}
