using System.Globalization;
using System.Text.Encodings.Web;
using Fluid.Values;

namespace LifecycleLang.Runtime;

/// <summary>
/// A number as templates print it (runtime.md §6): invariant culture, no trailing zeros, no exponent.
/// Fluid's own <see cref="NumberValue"/> prints <c>3000.0</c> for a decimal with a zero fraction and may
/// use exponents, so the renderer converts numbers into this value.
/// </summary>
internal sealed class LiquidNumber(decimal value) : FluidValue
{
    public decimal Value { get; } = value;

    public override FluidValues Type => FluidValues.Number;

    public override bool Equals(FluidValue other) =>
        other.Type == FluidValues.Number && other.ToNumberValue() == Value;

    public override bool ToBooleanValue() => true;

    public override decimal ToNumberValue() => Value;

    public override string ToStringValue() => NumberFormat.Format(Value);

    public override object ToObjectValue() => Value;

    [Obsolete("Fluid's synchronous path, kept for older callers.")]
    public override void WriteTo(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo) =>
        writer.Write(encoder.Encode(NumberFormat.Format(Value)));

    public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo)
    {
        writer.Write(encoder.Encode(NumberFormat.Format(Value)));
        return default;
    }

    public override bool Equals(object? obj) => obj is FluidValue f && Equals(f);

    public override int GetHashCode() => Value.GetHashCode();
}
