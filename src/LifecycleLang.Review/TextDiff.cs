namespace LifecycleLang.Review;

/// <summary>A line diff (longest common subsequence) with a few lines of context, for template text.</summary>
public static class TextDiff
{
    public static IReadOnlyList<string> Lines(string? before, string? after, int context = 2)
    {
        var a = Split(before);
        var b = Split(after);
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var all = new List<(char Mark, string Text)>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                all.Add((' ', a[x++]));
                y++;
            }
            else if (x < a.Length && (y == b.Length || lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                all.Add(('-', a[x++]));
            }
            else
            {
                all.Add(('+', b[y++]));
            }
        }

        var output = new List<string>();
        var last = -1;
        for (var k = 0; k < all.Count; k++)
        {
            var near = false;
            for (var d = Math.Max(0, k - context); d <= Math.Min(all.Count - 1, k + context) && !near; d++)
            {
                near = all[d].Mark != ' ';
            }

            if (!near)
            {
                continue;
            }

            if (last >= 0 && k > last + 1)
            {
                output.Add("  …");
            }

            output.Add(all[k].Mark + " " + all[k].Text);
            last = k;
        }

        return output;
    }

    private static string[] Split(string? text) =>
        string.IsNullOrEmpty(text) ? [] : text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
}
