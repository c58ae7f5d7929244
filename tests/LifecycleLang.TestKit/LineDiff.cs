using System.Text;

namespace LifecycleLang.TestKit;

/// <summary>A small line diff (longest common subsequence) for readable baseline failures: changed lines with
/// three lines of context, gaps shown as "…".</summary>
public static class LineDiff
{
    private const int Context = 3;

    public static string Unified(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var lines = new List<(char Mark, string Text, int Line)>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                lines.Add((' ', a[x], x + 1));
                x++;
                y++;
            }
            else if (x < a.Length && (y == b.Length || lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                // Removals before additions, as in `diff -u`: a changed line reads "- old" then "+ new".
                lines.Add(('-', a[x], x + 1));
                x++;
            }
            else
            {
                lines.Add(('+', b[y], y + 1));
                y++;
            }
        }

        var builder = new StringBuilder();
        var lastShown = -1;
        for (var k = 0; k < lines.Count; k++)
        {
            var near = false;
            for (var d = Math.Max(0, k - Context); d <= Math.Min(lines.Count - 1, k + Context); d++)
            {
                near |= lines[d].Mark != ' ';
            }

            if (!near)
            {
                continue;
            }

            if (lastShown >= 0 && k > lastShown + 1)
            {
                builder.AppendLine("  …");
            }

            builder.Append(lines[k].Mark).Append(' ').AppendLine(lines[k].Text);
            lastShown = k;
        }

        return builder.ToString();
    }
}
