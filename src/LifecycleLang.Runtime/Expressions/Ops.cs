using NodaTime;

namespace LifecycleLang.Runtime;

/// <summary>
/// The operators of the language (language.md §4) over runtime values: <c>decimal</c> (int and
/// number), <c>string</c> (text, email, phone, timezone, enum members, template names, channels),
/// <c>bool</c>, <see cref="LocalDate"/> (date), <see cref="Instant"/> (datetime), <see cref="Duration"/>,
/// <see cref="ValueList"/> (lists), and <c>null</c> for unset. Generated code calls these instead of
/// C# operators so that unset values, ordinal text and refresh tracking of <c>now</c>/<c>today</c>
/// behave as the spec says. Plain C# ints/longs/doubles passed in are read as decimals.
/// </summary>
public static class Ops
{
    private enum Cmp
    {
        Eq,
        Ne,
        Lt,
        Le,
        Gt,
        Ge,
    }

    private static readonly Duration OneSecond = Duration.FromSeconds(1);

    /// <summary><c>a == b</c>: false when either side is unset (unset equals nothing, not even unset).</summary>
    public static bool Eq(object? a, object? b) => Compare(Cmp.Eq, a, b);

    /// <summary><c>a != b</c>: the negation of <see cref="Eq"/> (so true when either side is unset).</summary>
    public static bool Ne(object? a, object? b) => Compare(Cmp.Ne, a, b);

    /// <summary><c>a &lt; b</c> on numbers, dates, date-times, durations and text (ordinal); false when unset.</summary>
    public static bool Lt(object? a, object? b) => Compare(Cmp.Lt, a, b);

    public static bool Le(object? a, object? b) => Compare(Cmp.Le, a, b);

    public static bool Gt(object? a, object? b) => Compare(Cmp.Gt, a, b);

    public static bool Ge(object? a, object? b) => Compare(Cmp.Ge, a, b);

    // Overloads for numbers known to be numbers (scores, counts, literals): the same results as the
    // object forms, without boxing. C# picks them whenever an argument is statically a decimal (or an
    // int/long, which convert to decimal), so compiled journeys use them without any change.

    /// <summary><c>a == b</c> on two numbers.</summary>
    public static bool Eq(decimal a, decimal b) => a == b;

    public static bool Eq(object? a, decimal b) => Compare(Cmp.Eq, a, b);

    public static bool Eq(decimal a, object? b) => Compare(Cmp.Eq, a, b);

    /// <summary><c>a != b</c> on two numbers.</summary>
    public static bool Ne(decimal a, decimal b) => a != b;

    public static bool Ne(object? a, decimal b) => Compare(Cmp.Ne, a, b);

    public static bool Ne(decimal a, object? b) => Compare(Cmp.Ne, a, b);

    /// <summary><c>a &lt; b</c> on two numbers.</summary>
    public static bool Lt(decimal a, decimal b) => a < b;

    public static bool Lt(object? a, decimal b) => Compare(Cmp.Lt, a, b);

    public static bool Lt(decimal a, object? b) => Compare(Cmp.Lt, a, b);

    public static bool Le(decimal a, decimal b) => a <= b;

    public static bool Le(object? a, decimal b) => Compare(Cmp.Le, a, b);

    public static bool Le(decimal a, object? b) => Compare(Cmp.Le, a, b);

    public static bool Gt(decimal a, decimal b) => a > b;

    public static bool Gt(object? a, decimal b) => Compare(Cmp.Gt, a, b);

    public static bool Gt(decimal a, object? b) => Compare(Cmp.Gt, a, b);

    public static bool Ge(decimal a, decimal b) => a >= b;

    public static bool Ge(object? a, decimal b) => Compare(Cmp.Ge, a, b);

    public static bool Ge(decimal a, object? b) => Compare(Cmp.Ge, a, b);

    /// <summary><c>x in list</c>: false for an unset x (or list).</summary>
    public static bool In(object? x, object? list)
    {
        x = Plain(x);
        if (x is null || Plain(list) is not ValueList l)
        {
            return false;
        }
        foreach (var item in l)
        {
            if (SameValue(x, item))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary><c>x not in list</c>: the negation of <see cref="In"/> (true for an unset x).</summary>
    public static bool NotIn(object? x, object? list) => !In(x, list);

    /// <summary><c>a contains b</c>: membership on a list, ordinal substring on text; false when unset.</summary>
    public static bool Contains(object? a, object? b)
    {
        a = Plain(a);
        b = Plain(b);
        return a switch
        {
            ValueList l => b is not null && l.Any(i => SameValue(i, b)),
            string s when b is string t => s.Contains(t, StringComparison.Ordinal),
            _ => false,
        };
    }

    /// <summary><c>a starts_with b</c>, ordinal; false when unset.</summary>
    public static bool StartsWith(object? a, object? b) =>
        Plain(a) is string s && Plain(b) is string t && s.StartsWith(t, StringComparison.Ordinal);

    /// <summary><c>a ends_with b</c>, ordinal; false when unset.</summary>
    public static bool EndsWith(object? a, object? b) =>
        Plain(a) is string s && Plain(b) is string t && s.EndsWith(t, StringComparison.Ordinal);

    /// <summary>A bool-valued expression used as a condition (<c>not contact.is_customer</c> →
    /// <c>!Ops.IsTrue(ctx.Contact("is_customer"))</c>): true only for the value true.</summary>
    public static bool IsTrue(object? x) => x is true;

    /// <summary><c>x is set</c>.</summary>
    public static bool IsSet(object? x) => x is not null;

    /// <summary><c>x is not set</c>.</summary>
    public static bool IsNotSet(object? x) => x is null;

    /// <summary><c>a ?? b</c>.</summary>
    public static object? Coalesce(object? a, object? b) => a ?? b;

    /// <summary><c>a + b</c>: numbers; <c>list + list</c> concatenates; <c>datetime + duration</c>;
    /// <c>date + duration</c> adds whole days; text + text concatenates. Unset if either side is unset.</summary>
    public static object? Add(object? a, object? b)
    {
        if (a is NowTerm n && Plain(b) is Duration d1)
        {
            return n.Plus(d1);
        }
        if (b is NowTerm n2 && Plain(a) is Duration d2)
        {
            return n2.Plus(d2);
        }
        if (a is TodayTerm t && Plain(b) is Duration d3)
        {
            return t.PlusDays(WholeDays(d3));
        }
        a = Plain(a);
        b = Plain(b);
        return (a, b) switch
        {
            (decimal x, decimal y) => x + y,
            (ValueList x, ValueList y) => x.Concat(y),
            (Instant x, Duration y) => x + y,
            (Duration x, Instant y) => y + x,
            (Duration x, Duration y) => x + y,
            (LocalDate x, Duration y) => x.PlusDays(WholeDays(y)),
            (string x, string y) => x + y,
            _ => null,
        };
    }

    /// <summary><c>a - b</c>: numbers; <c>datetime - duration</c>; <c>date - duration</c> (whole days).</summary>
    public static object? Sub(object? a, object? b)
    {
        if (a is NowTerm n && Plain(b) is Duration d1)
        {
            return n.Plus(-d1);
        }
        if (a is TodayTerm t && Plain(b) is Duration d2)
        {
            return t.PlusDays(-WholeDays(d2));
        }
        a = Plain(a);
        b = Plain(b);
        return (a, b) switch
        {
            (decimal x, decimal y) => x - y,
            (Instant x, Duration y) => x - y,
            (Instant x, Instant y) => x - y,
            (Duration x, Duration y) => x - y,
            (LocalDate x, Duration y) => x.PlusDays(-WholeDays(y)),
            _ => null,
        };
    }

    /// <summary><c>a * b</c> on numbers.</summary>
    public static object? Mul(object? a, object? b) => (Plain(a), Plain(b)) switch
    {
        (decimal x, decimal y) => x * y,
        _ => null,
    };

    /// <summary><c>a / b</c>: always a number. Division by zero gives unset (a decision: see README).</summary>
    public static object? Div(object? a, object? b) => (Plain(a), Plain(b)) switch
    {
        (decimal _, decimal y) when y == 0m => null,
        (decimal x, decimal y) => x / y,
        _ => null,
    };

    /// <summary>Unary <c>-a</c>.</summary>
    public static object? Neg(object? a) => Plain(a) switch
    {
        decimal x => -x,
        Duration d => -d,
        _ => null,
    };

    /// <summary>A list literal <c>[a, b]</c>.</summary>
    public static ValueList List(params object?[] items) => new(items.Select(Plain));

    /// <summary>A date literal <c>"2026-11-27"</c>.</summary>
    public static LocalDate Date(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).GetValueOrThrow();

    /// <summary>A date-time literal with <c>Z</c> or an offset (<c>"2026-11-27T09:00:00+01:00"</c>).</summary>
    public static Instant DateTime(string rfc3339) =>
        Rfc3339.TryParse(rfc3339, out var i) ? i : throw new FormatException($"not an RFC 3339 date-time: {rfc3339}");

    /// <summary>A date-time literal without offset, read in a zone (the workspace zone for expressions);
    /// gaps map to the first instant after the gap, overlaps to the first occurrence.</summary>
    public static Instant DateTime(LocalDateTime local, DateTimeZone zone) => WallClock.Resolve(local, zone);

    /// <summary>
    /// The plain runtime value of <paramref name="value"/>: unwraps the tracked forms of <c>now</c> and
    /// <c>today</c> (without tracking them) and reads C# integral/floating numbers as decimals.
    /// </summary>
    public static object? Plain(object? value) => value switch
    {
        NowTerm n => n.Value,
        TodayTerm t => t.Value,
        int i => (decimal)i,
        long l => (decimal)l,
        double d => (decimal)d,
        float f => (decimal)f,
        _ => value,
    };

    /// <summary>Structural equality of two runtime values where unset equals unset (used for list
    /// membership and change detection, not for the language's <c>==</c>).</summary>
    public static bool SameValue(object? a, object? b)
    {
        a = Plain(a);
        b = Plain(b);
        if (a is null || b is null)
        {
            return a is null && b is null;
        }
        return (a, b) switch
        {
            (decimal x, decimal y) => x == y,
            (string x, string y) => string.Equals(x, y, StringComparison.Ordinal),
            (ValueList x, ValueList y) => x.Equals(y),
            _ => a.Equals(b),
        };
    }

    private static int WholeDays(Duration d) => (int)(d.BclCompatibleTicks / NodaConstants.TicksPerDay);

    private static bool Compare(Cmp op, object? a, object? b)
    {
        if (a is NowTerm || b is NowTerm)
        {
            return CompareNow(op, a, b);
        }
        if (a is TodayTerm || b is TodayTerm)
        {
            return CompareToday(op, a, b);
        }
        return ComparePlain(op, Plain(a), Plain(b));
    }

    // A number against a value: `now`/`today` terms take the general path (which tracks them); any
    // other value compares as a number when it is one, and otherwise like two values of different
    // types (only != holds) — exactly what ComparePlain gives for them.
    private static bool Compare(Cmp op, object? a, decimal b)
    {
        if (a is NowTerm or TodayTerm)
        {
            return Compare(op, a, (object)b);
        }
        return Plain(a) is decimal x ? CompareNumbers(op, x, b) : op == Cmp.Ne;
    }

    private static bool Compare(Cmp op, decimal a, object? b)
    {
        if (b is NowTerm or TodayTerm)
        {
            return Compare(op, (object)a, b);
        }
        return Plain(b) is decimal y ? CompareNumbers(op, a, y) : op == Cmp.Ne;
    }

    private static bool CompareNumbers(Cmp op, decimal x, decimal y) => op switch
    {
        Cmp.Eq => x == y,
        Cmp.Ne => x != y,
        Cmp.Lt => x < y,
        Cmp.Le => x <= y,
        Cmp.Gt => x > y,
        _ => x >= y,
    };

    private static bool ComparePlain(Cmp op, object? a, object? b)
    {
        switch (op)
        {
            case Cmp.Eq:
                return a is not null && b is not null && SameValue(a, b);
            case Cmp.Ne:
                return !(a is not null && b is not null && SameValue(a, b));
        }
        if (a is null || b is null || Order(a, b) is not { } c)
        {
            return false;
        }
        return op switch
        {
            Cmp.Lt => c < 0,
            Cmp.Le => c <= 0,
            Cmp.Gt => c > 0,
            _ => c >= 0,
        };
    }

    private static int? Order(object a, object b) => (a, b) switch
    {
        (decimal x, decimal y) => x.CompareTo(y),
        (string x, string y) => string.CompareOrdinal(x, y),
        (LocalDate x, LocalDate y) => x.CompareTo(y),
        (Instant x, Instant y) => x.CompareTo(y),
        (Duration x, Duration y) => x.CompareTo(y),
        (bool x, bool y) => x.CompareTo(y),
        _ => null,
    };

    // A comparison of now (+ offset) with a fixed instant X can only change where now + offset
    // reaches X or passes it by one second (instants have whole-second precision), so those two
    // candidate instants are tried and the first at which the result differs is reported.
    private static bool CompareNow(Cmp op, object? a, object? b)
    {
        if (a is NowTerm x && b is NowTerm y)
        {
            return ComparePlain(op, x.Value, y.Value); // both move together: never flips
        }
        var term = a as NowTerm ?? (NowTerm)b!;
        var termLeft = a is NowTerm;
        var other = Plain(termLeft ? b : a);
        bool At(Instant nowValue) => termLeft ? ComparePlain(op, nowValue, other) : ComparePlain(op, other, nowValue);
        var result = At(term.Value);
        if (other is Instant fixedAt)
        {
            foreach (var candidate in new[] { fixedAt - term.Offset, fixedAt - term.Offset + OneSecond })
            {
                if (candidate > term.Now && At(candidate + term.Offset) != result)
                {
                    term.Tracker.Report(candidate);
                    break;
                }
            }
        }
        return result;
    }

    // Likewise for today (+ days) against a fixed date: the result can only change at the local
    // midnight starting that date or the day after.
    private static bool CompareToday(Cmp op, object? a, object? b)
    {
        if (a is TodayTerm x && b is TodayTerm y)
        {
            return ComparePlain(op, x.Value, y.Value);
        }
        var term = a as TodayTerm ?? (TodayTerm)b!;
        var termLeft = a is TodayTerm;
        var other = Plain(termLeft ? b : a);
        bool On(LocalDate day) => termLeft ? ComparePlain(op, day, other) : ComparePlain(op, other, day);
        var result = On(term.Value);
        if (other is LocalDate fixedDate)
        {
            foreach (var candidate in new[] { fixedDate.PlusDays(-term.OffsetDays), fixedDate.PlusDays(1 - term.OffsetDays) })
            {
                if (candidate > term.Today && On(candidate.PlusDays(term.OffsetDays)) != result)
                {
                    term.Tracker.Report(term.Zone.AtStartOfDay(candidate).ToInstant());
                    break;
                }
            }
        }
        return result;
    }
}
