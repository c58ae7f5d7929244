namespace LifecycleLang.Runtime.Tests;

/// <summary>Finds the shared acceptance cases: <c>../shared/acceptance</c> from the repository root (the
/// folder holding LifecycleLang.sln), or /work/shared/acceptance for a worktree.</summary>
internal static class TestPaths
{
    public static string Acceptance { get; } = FindAcceptance();

    private static string FindAcceptance()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LifecycleLang.sln")))
            {
                var candidate = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "acceptance"));
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
                break;
            }
        }
        const string fallback = "/work/shared/acceptance";
        return Directory.Exists(fallback) ? fallback : throw new DirectoryNotFoundException("acceptance cases not found (../shared/acceptance from the repository root)");
    }
}
