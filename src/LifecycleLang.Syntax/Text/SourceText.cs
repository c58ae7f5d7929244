namespace LifecycleLang.Syntax.Text;

/// <summary>The text of one file with a lazily built line map, so offsets convert to lines only when shown.</summary>
public sealed class SourceText
{
    private int[]? _lineStarts;

    public SourceText(string text, string path = "")
    {
        Text = text;
        Path = path;
    }

    public string Text { get; }

    /// <summary>The file path as given by the caller (used in diagnostics), or empty for in-memory text.</summary>
    public string Path { get; }

    public int Length => Text.Length;

    public int LineCount => LineStarts.Length;

    private int[] LineStarts => _lineStarts ??= ComputeLineStarts(Text);

    public string ToString(TextSpan span) => Text.Substring(span.Start, span.Length);

    public override string ToString() => Text;

    public LinePosition GetLinePosition(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var starts = LineStarts;
        var line = Array.BinarySearch(starts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new LinePosition(line, offset - starts[line]);
    }

    public int GetOffset(LinePosition position)
    {
        var starts = LineStarts;
        if (position.Line >= starts.Length)
        {
            return Text.Length;
        }

        var line = Math.Max(position.Line, 0);
        var lineEnd = line + 1 < starts.Length ? starts[line + 1] : Text.Length;
        return Math.Min(starts[line] + Math.Max(position.Character, 0), lineEnd);
    }

    public int GetLineStart(int line) => LineStarts[Math.Clamp(line, 0, LineStarts.Length - 1)];

    /// <summary>The text of a line without its line break.</summary>
    public string GetLineText(int line)
    {
        var start = GetLineStart(line);
        var end = line + 1 < LineStarts.Length ? LineStarts[line + 1] : Text.Length;
        return Text[start..end].TrimEnd('\r', '\n');
    }

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }
}
