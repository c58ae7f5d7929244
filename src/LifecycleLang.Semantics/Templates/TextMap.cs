using LifecycleLang.Syntax;
using LifecycleLang.Syntax.Text;

namespace LifecycleLang.Semantics.Templates;

/// <summary>
/// Maps offsets in a template's Liquid text back to the file it was written in: for an inline string,
/// into the .journey file (escapes make the value shorter than its source, so each value character
/// keeps the offset of the source that produced it); for a `file` part, into the template file itself.
/// </summary>
internal sealed class TextMap
{
    private readonly int[]? _offsets;
    private readonly int _start;

    private TextMap(SourceText source, int start, int[]? offsets)
    {
        Source = source;
        _start = start;
        _offsets = offsets;
    }

    public SourceText Source { get; }

    public static TextMap ForFile(SourceText file) => new(file, 0, null);

    public static TextMap ForString(SourceText source, SyntaxToken token)
    {
        var contentStart = token.Start + StringLiterals.ContentOffset(token);
        if (token.Kind is not (TokenKind.String or TokenKind.UnterminatedString))
        {
            return new TextMap(source, contentStart, null); // triple-quoted: verbatim
        }

        var text = token.Text;
        var end = token.Kind == TokenKind.String ? text.Length - 1 : text.Length;
        var offsets = new List<int>(Math.Max(end, 1));
        for (var i = 1; i < end; i++)
        {
            var length = text[i] == '\\' ? StringLiterals.EscapeLength(text, i) : 0;
            if (length == 0)
            {
                offsets.Add(token.Start + i);
                continue;
            }

            var produced = text[i + 1] == 'u' ? StringLiterals.Unescape(text.Substring(i, length)).Length : 1;
            for (var k = 0; k < produced; k++)
            {
                offsets.Add(token.Start + i);
            }

            i += length - 1;
        }

        offsets.Add(token.Start + end);
        return new TextMap(source, contentStart, [.. offsets]);
    }

    public int ToSource(int valueOffset)
    {
        if (_offsets is null)
        {
            return Math.Min(_start + valueOffset, Source.Length);
        }

        return _offsets[Math.Clamp(valueOffset, 0, _offsets.Length - 1)];
    }

    public TextSpan ToSource(int start, int end) => TextSpan.FromBounds(ToSource(start), Math.Max(ToSource(start), ToSource(end)));
}
