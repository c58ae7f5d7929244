using System.Text;
using LifecycleLang.Syntax;

namespace LifecycleLang.Formatting;

/// <summary>
/// Writes tokens in the canonical layout and places the comments of their leading trivia: a comment on
/// the same line as the previous token stays at the end of that line (line comments) or inline (block
/// comments); a comment on its own line stays on its own line, indented like the code it precedes.
/// Only whitespace and newlines are rewritten; every token and comment is written exactly once.
/// </summary>
internal sealed class Printer
{
    public const int ContinuationIndent = 4;

    private readonly List<Line> _lines = [];
    private Line? _current;
    private int _pendingSpaces;
    private bool _forceBreak;
    private bool _glued;

    /// <summary>The indentation of the next line, in spaces.</summary>
    public int Indent { get; set; }

    /// <summary>The column where the next token would start if it went on the current line after one space.</summary>
    public int Column => _current is null ? Indent : _current.Indent + _current.LastSegmentLength;

    /// <summary>True when a comment forced the next token onto a new line.</summary>
    public bool MustBreak => _forceBreak;

    public void Token(SyntaxToken token, Sep sep, int extraSpaces = 0, int? commentIndent = null, int? breakIndent = null, int level = 1)
    {
        var newlines = Trivia(token, sep, commentIndent, out var first);
        var lineSep = sep is Sep.Line or Sep.LineKeepBlank or Sep.BlankLine or Sep.Close or Sep.Continuation;
        if (_glued)
        {
            // A block comment that starts the line and is followed by code on it: the code stays beside it.
            _glued = false;
            _pendingSpaces = 1;
        }
        else if (lineSep || _forceBreak || _current is null)
        {
            var indent = sep == Sep.Continuation ? Indent + ContinuationIndent * level
                : lineSep ? Indent
                : breakIndent ?? Indent + ContinuationIndent;
            StartLine(_current is not null && Blank(sep, first, newlines), indent);
        }
        else
        {
            _pendingSpaces = sep == Sep.Space ? Math.Max(1 + extraSpaces, _pendingSpaces) : _pendingSpaces;
        }

        Write(token.Text);
    }

    /// <summary>Places the comments before the end of the file.</summary>
    public void EndOfFile(SyntaxToken endOfFile) => Trivia(endOfFile, Sep.LineKeepBlank, 0, out _);

    public string Render()
    {
        var builder = new StringBuilder();
        var index = 0;
        while (index < _lines.Count)
        {
            // A run of consecutive lines with end-of-line comments: the comments line up, two spaces after the longest code.
            var end = index;
            while (end < _lines.Count && _lines[end].Trailing is not null)
            {
                end++;
            }

            if (end == index)
            {
                AppendLine(builder, _lines[index], 0);
                index++;
                continue;
            }

            var column = 0;
            for (var k = index; k < end; k++)
            {
                column = Math.Max(column, _lines[k].Width);
            }

            for (var k = index; k < end; k++)
            {
                AppendLine(builder, _lines[k], column + 2);
            }

            index = end;
        }

        return builder.ToString();
    }

    private static void AppendLine(StringBuilder builder, Line line, int commentColumn)
    {
        if (line.IsBlank)
        {
            builder.Append('\n');
            return;
        }

        builder.Append(' ', line.Indent).Append(line.Text);
        if (line.Trailing is { } comment)
        {
            builder.Append(' ', Math.Max(1, commentColumn - line.Width)).Append(comment);
        }

        builder.Append('\n');
    }

    // Returns the newlines seen after the last comment; `first` tells whether nothing (no own-line comment) was placed.
    private int Trivia(SyntaxToken token, Sep sep, int? commentIndent, out bool first)
    {
        var newlines = 0;
        first = true;
        var all = token.LeadingTrivia;
        for (var index = 0; index < all.Length; index++)
        {
            var trivia = all[index];
            switch (trivia.Kind)
            {
                case TriviaKind.Newline:
                    newlines++;
                    continue;
                case TriviaKind.Whitespace:
                    continue;
                case TriviaKind.LineComment or TriviaKind.BlockComment:
                    break;
                default:
                    // Skipped tokens and bad characters exist only in trees with errors, which are never formatted.
                    Write(trivia.Text);
                    continue;
            }

            var text = trivia.Kind == TriviaKind.LineComment ? trivia.Text.TrimEnd() : trivia.Text;
            if (newlines == 0 && _current is { IsBlank: false, Trailing: null } && !_forceBreak)
            {
                if (trivia.Kind == TriviaKind.LineComment)
                {
                    _current.Trailing = text;
                    _forceBreak = true;
                }
                else
                {
                    _pendingSpaces = Math.Max(_pendingSpaces, 1);
                    Write(text);
                    _pendingSpaces = 1;
                }
            }
            else
            {
                var indent = commentIndent ?? (sep is Sep.Space or Sep.None ? Indent + ContinuationIndent : Indent);
                StartLine(_current is not null && Blank(sep, first, newlines), indent);
                Write(text);
                first = false;
                var codeFollows = trivia.Kind == TriviaKind.BlockComment
                    && all.Skip(index + 1).All(t => t.Kind == TriviaKind.Whitespace);
                _forceBreak = !codeFollows;
                _glued = codeFollows;
            }

            newlines = 0;
        }

        return newlines;
    }

    private static bool Blank(Sep sep, bool first, int newlines) => sep switch
    {
        Sep.BlankLine => !first ? newlines >= 2 : true,
        Sep.LineKeepBlank => newlines >= 2,
        Sep.Line => !first && newlines >= 2,
        _ => false,
    };

    private void StartLine(bool blank, int indent)
    {
        if (blank && _lines.Count > 0)
        {
            _lines.Add(Line.Blank);
        }

        _current = new Line(indent);
        _lines.Add(_current);
        _pendingSpaces = 0;
        _forceBreak = false;
    }

    private void Write(string text)
    {
        if (_current is null)
        {
            StartLine(false, Indent);
        }

        if (_current!.Text.Length > 0)
        {
            _current.Text.Append(' ', _pendingSpaces);
        }

        _current.Text.Append(text);
        _pendingSpaces = 0;
        _forceBreak = false;
    }

    private sealed class Line(int indent)
    {
        public static Line Blank => new(0) { IsBlank = true };

        public int Indent { get; } = indent;

        public StringBuilder Text { get; } = new();

        public string? Trailing { get; set; }

        public bool IsBlank { get; private init; }

        /// <summary>The width of the line's code (of its last physical line when a triple-quoted string or block comment spans lines).</summary>
        public int Width => LastSegmentLength + (Text.ToString().Contains('\n') ? 0 : Indent);

        public int LastSegmentLength
        {
            get
            {
                var text = Text.ToString();
                var newline = text.LastIndexOf('\n');
                return newline < 0 ? text.Length : text.Length - newline - 1;
            }
        }
    }
}
