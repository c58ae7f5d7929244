namespace LifecycleLang.Syntax;

/// <summary>Reads `HH:MM` (24-hour, exactly two digits each; language.md §2).</summary>
public static class TimeOfDayLiteral
{
    public static bool TryParse(string text, out int hour, out int minute)
    {
        hour = minute = 0;
        if (text.Length != 5 || text[2] != ':'
            || !char.IsAsciiDigit(text[0]) || !char.IsAsciiDigit(text[1]) || !char.IsAsciiDigit(text[3]) || !char.IsAsciiDigit(text[4]))
        {
            return false;
        }

        hour = ((text[0] - '0') * 10) + (text[1] - '0');
        minute = ((text[3] - '0') * 10) + (text[4] - '0');
        return hour <= 23 && minute <= 59;
    }

    /// <summary>The corrected spelling for a near miss like `9:00` → `09:00`, or null.</summary>
    public static string? Suggest(string text)
    {
        var parts = text.Split(':');
        if (parts.Length != 2 || !int.TryParse(parts[0], out var hour) || !int.TryParse(parts[1], out var minute)
            || hour > 23 || minute > 59 || parts[1].Length != 2)
        {
            return null;
        }

        var fixedText = $"{hour:00}:{minute:00}";
        return fixedText == text ? null : fixedText;
    }
}
