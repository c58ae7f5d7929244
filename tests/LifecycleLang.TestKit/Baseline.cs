using System.Runtime.CompilerServices;
using System.Text;
using Xunit;

namespace LifecycleLang.TestKit;

/// <summary>
/// Golden-file assertions: the expected text lives in a file beside the test input and is reviewed in
/// pull requests. Set LIFECYCLE_UPDATE_BASELINES=1 to rewrite expected files instead of comparing.
/// </summary>
public static class Baseline
{
    public const string UpdateVariable = "LIFECYCLE_UPDATE_BASELINES";

    public static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    /// <summary>Compares <paramref name="actual"/> with the file at <paramref name="expectedPath"/> (line endings normalised).</summary>
    public static void AssertMatches(string expectedPath, string actual)
    {
        actual = Normalize(actual);
        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(expectedPath)!);
            File.WriteAllText(expectedPath, actual);
            return;
        }

        if (!File.Exists(expectedPath))
        {
            Assert.Fail($"Baseline {expectedPath} does not exist. Create it with:\n  {UpdateVariable}=1 dotnet test\n\nActual:\n{actual}");
        }

        var expected = Normalize(File.ReadAllText(expectedPath));
        if (expected != actual)
        {
            Assert.Fail($"Baseline {expectedPath} differs (- expected, + actual):\n{LineDiff.Unified(expected, actual)}\n" +
                $"If the new output is right, accept it with:\n  {UpdateVariable}=1 dotnet test");
        }
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
}
