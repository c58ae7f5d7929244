namespace LifecycleLang.Semantics.Checking;

/// <summary>
/// "Did you mean" suggestions: the closest candidate by edit distance (optimal string alignment, so a
/// swapped pair of letters counts once), if it is close enough to be a likely typo. Runs only on error
/// paths, so it may allocate freely.
/// </summary>
internal static class NameSuggester
{
    public static string? Suggest(string name, IEnumerable<string> candidates)
    {
        if (name.Length == 0)
        {
            return null;
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        var limit = MaxDistance(name);
        foreach (var candidate in candidates)
        {
            if (candidate == name || candidate.Length == 0)
            {
                continue;
            }

            // A difference in case only is always a likely typo.
            var distance = string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase) ? 0 : Distance(name, candidate, limit);
            if (distance <= limit && (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0)))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>" (did you mean 'x'?)" or empty: appended to messages.</summary>
    public static string Hint(string? suggestion) => suggestion is null ? string.Empty : $" (did you mean '{suggestion}'?)";

    // Short names tolerate one edit, longer ones a few: `budgte` → `budget`, not `x` → `y`.
    private static int MaxDistance(string name) => name.Length switch
    {
        <= 2 => 0,
        <= 4 => 1,
        <= 8 => 2,
        _ => 3,
    };

    private static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return int.MaxValue;
        }

        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                var value = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, d[i - 2, j - 2] + 1);
                }

                d[i, j] = value;
            }
        }

        return d[a.Length, b.Length];
    }
}
