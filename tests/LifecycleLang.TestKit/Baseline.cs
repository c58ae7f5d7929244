using System.Runtime.CompilerServices;
using System.Text;
using Xunit.Sdk;

namespace LifecycleLang.TestKit;

/// <summary>
/// Golden-file assertions: the expected text lives in a file beside the test input and is reviewed in
/// pull requests. With LIFECYCLE_UPDATE_BASELINES=1 the actual output is written instead of compared
/// (only files whose content changes are touched); otherwise a mismatch fails with a line diff and the
/// command that accepts the new output.
/// </summary>
public static class Baseline
{
    public const string UpdateVariable = "LIFECYCLE_UPDATE_BASELINES";

    public static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    /// <summary>Compares <paramref name="actual"/> with the file at <paramref name="expectedPath"/> (line endings
    /// normalised to \n, one final newline), or rewrites the file when <see cref="Updating"/>.</summary>
    public static void AssertMatches(string expectedPath, string actual)
    {
        actual = Normalize(actual);
        var expected = File.Exists(expectedPath) ? Normalize(File.ReadAllText(expectedPath)) : null;
        if (expected == actual)
        {
            return;
        }

        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(expectedPath))!);
            File.WriteAllText(expectedPath, actual);
            return;
        }

        var shown = Shown(expectedPath);
        var message = new StringBuilder();
        if (expected is null)
        {
            message.AppendLine($"Baseline {shown} does not exist yet. Actual:").Append(actual);
        }
        else
        {
            message.AppendLine($"Baseline {shown} differs (- expected, + actual):").Append(LineDiff.Unified(expected, actual));
        }

        message.AppendLine()
            .AppendLine(expected is null ? "If this output is right, create the file with:" : "If the new output is right, accept it with:")
            .Append("  ").Append(UpdateVariable).Append("=1 dotnet test").AppendLine(TestProjectOf(expectedPath));
        throw new XunitException(message.ToString());
    }

    /// <summary>The folder of the calling test's source file, so baselines are found in the source tree, not bin/.</summary>
    public static string SourceDirectory([CallerFilePath] string callerPath = "")
    {
        // CI builds map source paths to "/_/" (deterministic builds); map them back to this checkout.
        const string mapped = "/_/";
        var path = callerPath.StartsWith(mapped, StringComparison.Ordinal)
            ? Path.Combine(RepoPaths.Root, callerPath[mapped.Length..])
            : callerPath;
        return Path.GetDirectoryName(path)!;
    }

    private static string Normalize(string text)
    {
        var normalized = text.ReplaceLineEndings("\n");
        return normalized.EndsWith('\n') ? normalized : normalized + "\n";
    }

    /// <summary>The path relative to the repository when it is inside it (shorter messages), else as given.</summary>
    private static string Shown(string path)
    {
        var relative = Path.GetRelativePath(RepoPaths.Root, Path.GetFullPath(path));
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative.Replace('\\', '/');
    }

    /// <summary>" tests/X" when the baseline lives under the repository's tests/X/ folder, so the hint runs one project.</summary>
    private static string TestProjectOf(string expectedPath)
    {
        var shown = Shown(expectedPath);
        var parts = shown.Split('/');
        return parts.Length > 2 && parts[0] == "tests" ? " tests/" + parts[1] : string.Empty;
    }
}
