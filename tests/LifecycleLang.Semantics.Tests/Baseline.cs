using System.Text;
using Xunit.Sdk;

namespace LifecycleLang.Semantics.Tests;

/// <summary>
/// Golden files: the expected output lives beside the input. With LIFECYCLE_UPDATE_BASELINES=1 the
/// actual output is written instead of compared; otherwise a mismatch fails with a line diff and the
/// command that accepts the new output.
/// </summary>
internal static class Baseline
{
    public const string UpdateVariable = "LIFECYCLE_UPDATE_BASELINES";

    public static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    public static void Verify(string expectedPath, string actual)
    {
        actual = Normalize(actual);
        if (Updating)
        {
            if (!File.Exists(expectedPath) || Normalize(File.ReadAllText(expectedPath)) != actual)
            {
                File.WriteAllText(expectedPath, actual);
            }

            return;
        }

        var expected = File.Exists(expectedPath) ? Normalize(File.ReadAllText(expectedPath)) : null;
        if (expected == actual)
        {
            return;
        }

        var relative = Path.GetRelativePath(RepositoryPaths.Root, expectedPath);
        var message = new StringBuilder()
            .AppendLine(expected is null ? $"Baseline {relative} does not exist yet." : $"Baseline {relative} differs (- expected, + actual):")
            .Append(Diff(expected ?? string.Empty, actual))
            .AppendLine()
            .AppendLine("If the new output is right, accept it with:")
            .AppendLine($"  {UpdateVariable}=1 dotnet test tests/LifecycleLang.Semantics.Tests --filter \"FullyQualifiedName~BaselineTests\"")
            .ToString();
        throw new XunitException(message);
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";

    /// <summary>A line diff (longest common subsequence) showing changed lines with two lines of context.</summary>
    public static string Diff(string expected, string actual)
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

        var lines = new List<(char Kind, string Text)>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                lines.Add((' ', a[x++]));
                y++;
            }
            else if (x < a.Length && (y == b.Length || lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                lines.Add(('-', a[x++]));
            }
            else
            {
                lines.Add(('+', b[y++]));
            }
        }

        var output = new StringBuilder();
        var shown = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Kind == ' ')
            {
                continue;
            }

            for (var k = Math.Max(0, i - 2); k <= Math.Min(lines.Count - 1, i + 2); k++)
            {
                shown[k] = true;
            }
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (shown[i])
            {
                output.Append(lines[i].Kind).Append(' ').AppendLine(lines[i].Text);
            }
            else if (i > 0 && shown[i - 1])
            {
                output.AppendLine("  ...");
            }
        }

        return output.ToString();
    }
}
