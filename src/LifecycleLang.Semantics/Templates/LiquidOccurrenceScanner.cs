namespace LifecycleLang.Semantics.Templates;

/// <summary>
/// Finds the text positions of `contact.X` / `event.X` inside `{{ }}` and `{% %}` tags. Fluid's AST has
/// no positions, so references from the AST are matched to these occurrences (same path, in order).
/// </summary>
internal static class LiquidOccurrenceScanner
{
    public static List<LiquidOccurrence> Scan(string text)
    {
        var result = new List<LiquidOccurrence>();
        var i = 0;
        while (i < text.Length - 1)
        {
            if (text[i] != '{' || text[i + 1] is not ('{' or '%'))
            {
                i++;
                continue;
            }

            var close = text[i + 1] == '{' ? "}}" : "%}";
            var end = text.IndexOf(close, i + 2, StringComparison.Ordinal);
            if (end < 0)
            {
                end = text.Length;
            }

            ScanTag(text, i + 2, end, result);
            i = end + 2;
        }

        return result;
    }

    private static void ScanTag(string text, int start, int end, List<LiquidOccurrence> result)
    {
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (c is '"' or '\'')
            {
                // Skip string literals inside tags: "contact.x" there is text, not a reference.
                var closing = text.IndexOf(c, i + 1);
                i = closing < 0 || closing >= end ? end : closing + 1;
                continue;
            }

            if (!IsIdentifierStart(c) || (i > start && (IsIdentifierPart(text[i - 1]) || text[i - 1] == '.')))
            {
                i++;
                continue;
            }

            var wordEnd = i;
            while (wordEnd < end && IsIdentifierPart(text[wordEnd]))
            {
                wordEnd++;
            }

            var word = text[i..wordEnd];
            if (word is "contact" or "event")
            {
                var j = SkipSpaces(text, wordEnd, end);
                if (j < end && text[j] == '.')
                {
                    var nameStart = SkipSpaces(text, j + 1, end);
                    var nameEnd = nameStart;
                    while (nameEnd < end && IsIdentifierPart(text[nameEnd]))
                    {
                        nameEnd++;
                    }

                    if (nameEnd > nameStart)
                    {
                        result.Add(new LiquidOccurrence(word, text[nameStart..nameEnd], i, nameStart, nameEnd));
                        i = nameEnd;
                        continue;
                    }
                }
            }

            i = wordEnd;
        }
    }

    private static int SkipSpaces(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsIdentifierStart(char c) => char.IsAsciiLetter(c) || c == '_';

    private static bool IsIdentifierPart(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-';
}
