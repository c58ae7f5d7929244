using System.Collections.Immutable;
using System.Text;
using LifecycleLang.Syntax.Text;

namespace LifecycleLang.Ide.Tests;

/// <summary>
/// Cursor markup: `|` marks the cursor, `[|…|]` marks expected spans (any number). Returns the plain text.
/// A literal `|` in the source (none in this language) would need no escape: `||` is not used by tests.
/// </summary>
public sealed record Markup(string Text, int Cursor, ImmutableArray<TextSpan> Spans)
{
    public static Markup Parse(string markup)
    {
        var text = new StringBuilder();
        var spans = ImmutableArray.CreateBuilder<TextSpan>();
        var open = new Stack<int>();
        var cursor = -1;
        for (var i = 0; i < markup.Length; i++)
        {
            if (markup[i] == '[' && i + 1 < markup.Length && markup[i + 1] == '|')
            {
                open.Push(text.Length);
                i++;
            }
            else if (markup[i] == '|' && i + 1 < markup.Length && markup[i + 1] == ']')
            {
                var start = open.Pop();
                spans.Add(TextSpan.FromBounds(start, text.Length));
                i++;
            }
            else if (markup[i] == '|')
            {
                cursor = text.Length;
            }
            else
            {
                text.Append(markup[i]);
            }
        }

        return new Markup(text.ToString(), cursor, [.. spans.OrderBy(s => s.Start)]);
    }
}
