using System.Globalization;
using System.Text;

namespace LifecycleLang.Syntax;

/// <summary>Reads the value of string tokens: escapes in "...", verbatim content in """...""" (language.md §2).</summary>
public static class StringLiterals
{
    /// <summary>The value of a string token, or its best reading when the token is unterminated.</summary>
    public static string ValueOf(SyntaxToken token) => token.IsMissing ? string.Empty : token.Kind switch
    {
        TokenKind.TripleString => TripleContent(token.Text, token.Text.Length - 3),
        TokenKind.UnterminatedTripleString => TripleContent(token.Text, token.Text.Length),
        TokenKind.String when token.Text.Length >= 2 => Unescape(token.Text[1..^1]),
        TokenKind.UnterminatedString when token.Text.Length >= 1 => Unescape(token.Text[1..]),
        _ => token.Text,
    };

    /// <summary>Offset of the value's first character inside the token text (1 for "...", 3 or 4 for """...""").</summary>
    public static int ContentOffset(SyntaxToken token)
    {
        if (token.Kind is not (TokenKind.TripleString or TokenKind.UnterminatedTripleString))
        {
            return token.Kind is TokenKind.String or TokenKind.UnterminatedString ? 1 : 0;
        }

        var text = token.Text;
        if (text.Length > 3 && text[3] == '\n')
        {
            return 4;
        }

        return text.Length > 4 && text[3] == '\r' && text[4] == '\n' ? 5 : 3;
    }

    /// <summary>Length of the escape sequence starting at <paramref name="index"/> (a backslash), or 0 when invalid.</summary>
    public static int EscapeLength(string text, int index)
    {
        if (index + 1 >= text.Length)
        {
            return 0;
        }

        switch (text[index + 1])
        {
            case '"' or '\\' or 'n' or 't':
                return 2;
            case 'u':
                if (index + 2 < text.Length && text[index + 2] == '{')
                {
                    var close = text.IndexOf('}', index + 3);
                    if (close > index + 3 && close - index - 3 <= 6
                        && int.TryParse(text.AsSpan(index + 3, close - index - 3), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code)
                        && code <= 0x10FFFF && code is < 0xD800 or > 0xDFFF)
                    {
                        return close - index + 1;
                    }
                }

                return 0;
            default:
                return 0;
        }
    }

    public static string Unescape(string content)
    {
        if (!content.Contains('\\'))
        {
            return content;
        }

        var builder = new StringBuilder(content.Length);
        for (var i = 0; i < content.Length; i++)
        {
            var c = content[i];
            if (c != '\\' || EscapeLength(content, i) is var length && length == 0)
            {
                builder.Append(c);
                continue;
            }

            switch (content[i + 1])
            {
                case 'n': builder.Append('\n'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    var hex = content.AsSpan(i + 3, length - 4);
                    builder.Append(char.ConvertFromUtf32(int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
                    break;
                default: builder.Append(content[i + 1]); break;
            }

            i += length - 1;
        }

        return builder.ToString();
    }

    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    private static string TripleContent(string text, int end)
    {
        var start = 3;
        if (text.Length > 3 && text[3] == '\n')
        {
            start = 4;
        }
        else if (text.Length > 4 && text[3] == '\r' && text[4] == '\n')
        {
            start = 5;
        }

        return end > start ? text[start..end] : string.Empty;
    }
}
