namespace LifecycleLang.Semantics.Tests;

/// <summary>Finds the repository from the test binaries, so baselines are read and rewritten in the source tree.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string Baselines => Path.Combine(Root, "tests", "LifecycleLang.Semantics.Tests", "Baselines");

    /// <summary>The shared acceptance cases, beside the repository (../shared/acceptance), also in CI.</summary>
    public static string Acceptance => Path.GetFullPath(Path.Combine(Root, "..", "shared", "acceptance"));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "LifecycleLang.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("cannot find the repository root (LifecycleLang.sln) above " + AppContext.BaseDirectory);
    }
}
