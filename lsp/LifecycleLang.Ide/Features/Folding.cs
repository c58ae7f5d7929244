using System.Collections.Immutable;
using LifecycleLang.Syntax;
using LifecycleLang.Syntax.Text;

namespace LifecycleLang.Ide.Features;

public enum FoldKind
{
    Region,
    Comment,
}

/// <summary>A foldable range of whole lines (zero-based, inclusive).</summary>
public sealed record FoldingRange(int StartLine, int EndLine, FoldKind Kind);

/// <summary>Folding: every `{ … }` spanning lines, multi-line block comments and runs of line comments, and triple-quoted strings.</summary>
public static class Folding
{
    public static ImmutableArray<FoldingRange> GetFoldingRanges(SyntaxTree tree)
    {
        var text = tree.Text;
        var ranges = new List<FoldingRange>();
        var tokens = SyntaxQueries.Tokens(tree);
        var open = new Stack<SyntaxToken>();
        foreach (var token in tokens)
        {
            Comments(text, token, ranges);
            switch (token.Kind)
            {
                case TokenKind.Lbrace:
                    open.Push(token);
                    break;
                case TokenKind.Rbrace when open.Count > 0:
                    var start = open.Pop();
                    AddLines(text, start.Start, token.Start, FoldKind.Region, ranges, closingLine: true);
                    break;
                case TokenKind.TripleString or TokenKind.UnterminatedTripleString:
                    AddLines(text, token.Start, token.Span.End, FoldKind.Region, ranges, closingLine: false);
                    break;
            }
        }

        // An unclosed brace folds to the end of the text.
        while (open.Count > 0)
        {
            AddLines(text, open.Pop().Start, text.Length, FoldKind.Region, ranges, closingLine: false);
        }

        return [.. ranges.Distinct().OrderBy(r => r.StartLine).ThenBy(r => r.EndLine)];
    }

    private static void Comments(SourceText text, SyntaxToken token, List<FoldingRange> ranges)
    {
        int? runStart = null;
        var runEnd = 0;
        foreach (var trivia in token.LeadingTrivia)
        {
            if (trivia.Kind == TriviaKind.BlockComment)
            {
                AddLines(text, trivia.Start, trivia.Span.End, FoldKind.Comment, ranges, closingLine: false);
            }
            else if (trivia.Kind == TriviaKind.LineComment)
            {
                var line = text.GetLinePosition(trivia.Start).Line;
                if (runStart is null || line != runEnd + 1)
                {
                    Flush(runStart, runEnd, ranges);
                    runStart = line;
                }

                runEnd = line;
            }
        }

        Flush(runStart, runEnd, ranges);
    }

    private static void Flush(int? start, int end, List<FoldingRange> ranges)
    {
        if (start is { } s && end > s)
        {
            ranges.Add(new FoldingRange(s, end, FoldKind.Comment));
        }
    }

    // A block folds from the line of `{` to the line before `}` so that the closing brace stays visible.
    private static void AddLines(SourceText text, int start, int end, FoldKind kind, List<FoldingRange> ranges, bool closingLine)
    {
        var first = text.GetLinePosition(start).Line;
        var last = text.GetLinePosition(end).Line - (closingLine ? 1 : 0);
        if (last > first)
        {
            ranges.Add(new FoldingRange(first, last, kind));
        }
    }
}
