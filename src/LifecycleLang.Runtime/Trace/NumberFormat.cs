using System.Globalization;

namespace LifecycleLang.Runtime;

/// <summary>Numbers as the trace and templates print them: invariant culture, no trailing zeros, no exponent.</summary>
public static class NumberFormat
{
    // 28 optional digits cover every decimal's scale; the custom format never switches to exponents.
    private const string Pattern = "0.############################";

    public static string Format(decimal value)
    {
        if (value == 0m)
        {
            return "0";
        }
        Span<char> buffer = stackalloc char[64];
        return TryFormat(value, buffer, out var written) ? new string(buffer[..written]) : FormatSlow(value);
    }

    /// <summary>
    /// The same text without allocating: a decimal's default invariant form is fixed-point with every
    /// digit of its scale (never an exponent), so trimming the fraction's trailing zeros gives what the
    /// custom pattern gives.
    /// </summary>
    internal static bool TryFormat(decimal value, Span<char> destination, out int written)
    {
        if (value == 0m)
        {
            written = 1;
            if (destination.Length < 1)
            {
                return false;
            }
            destination[0] = '0';
            return true;
        }
        if (!value.TryFormat(destination, out written, default, CultureInfo.InvariantCulture))
        {
            return false;
        }
        if (destination[..written].Contains('.'))
        {
            while (destination[written - 1] == '0')
            {
                written--;
            }
            if (destination[written - 1] == '.')
            {
                written--;
            }
        }
        return true;
    }

    internal static string FormatSlow(decimal value) => value == 0m ? "0" : value.ToString(Pattern, CultureInfo.InvariantCulture);
}
