using System.Globalization;

namespace LifecycleLang.Runtime;

/// <summary>Numbers as the trace and templates print them: invariant culture, no trailing zeros, no exponent.</summary>
public static class NumberFormat
{
    // 28 optional digits cover every decimal's scale; the custom format never switches to exponents.
    private const string Pattern = "0.############################";

    public static string Format(decimal value) => value == 0m ? "0" : value.ToString(Pattern, CultureInfo.InvariantCulture);
}
