using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;

namespace LifecycleLang.Emit;

/// <summary>C# spellings of LifecycleLang values in the runtime's types (decimal, NodaTime, strings).</summary>
internal static class CSharpLiterals
{
    public static string String(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    public static string Decimal(decimal value) => value.ToString(CultureInfo.InvariantCulture) + "m";

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Bool(bool value) => value ? "true" : "false";

    /// <summary>A NodaTime duration in the largest whole unit, so `3 days` reads as Duration.FromDays(3).</summary>
    public static string Duration(TimeSpan value)
    {
        var ticks = value.Ticks;
        if (ticks % TimeSpan.TicksPerDay == 0)
        {
            return $"Duration.FromDays({ticks / TimeSpan.TicksPerDay})";
        }

        if (ticks % TimeSpan.TicksPerHour == 0)
        {
            return $"Duration.FromHours({ticks / TimeSpan.TicksPerHour})";
        }

        if (ticks % TimeSpan.TicksPerMinute == 0)
        {
            return $"Duration.FromMinutes({ticks / TimeSpan.TicksPerMinute})";
        }

        return ticks % TimeSpan.TicksPerSecond == 0
            ? $"Duration.FromSeconds({ticks / TimeSpan.TicksPerSecond})"
            : $"Duration.FromTicks({ticks})";
    }

    public static string LocalTime(TimeOnly time) =>
        time.Second == 0 ? $"new LocalTime({time.Hour}, {time.Minute})" : $"new LocalTime({time.Hour}, {time.Minute}, {time.Second})";

    public static string LocalDate(DateOnly date) => $"new LocalDate({date.Year}, {date.Month}, {date.Day})";

    public static string LocalDateTime(DateTime local) =>
        $"new LocalDateTime({local.Year}, {local.Month}, {local.Day}, {local.Hour}, {local.Minute}, {local.Second})";

    /// <summary>A C# identifier made from a LifecycleLang name (which is already [A-Za-z_][A-Za-z0-9_]*).</summary>
    public static string Identifier(string name, string suffix)
    {
        var text = name.Length > 0 ? char.ToUpperInvariant(name[0]) + name[1..] : "_";
        return text + suffix;
    }
}
