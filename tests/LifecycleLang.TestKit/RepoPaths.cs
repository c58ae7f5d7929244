namespace LifecycleLang.TestKit;

/// <summary>Where things are: the repository root (the folder with LifecycleLang.sln) and ../shared beside it.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The shared contract folder (spec and acceptance cases): ../shared from the repository root.</summary>
    public static string Shared
    {
        get
        {
            var beside = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            if (Directory.Exists(beside))
            {
                return beside;
            }

            // A git worktree may live elsewhere; the shared folder is still beside the main checkout.
            return Environment.GetEnvironmentVariable("LIFECYCLE_SHARED") ?? beside;
        }
    }

    public static string Acceptance => Path.Combine(Shared, "acceptance");

    /// <summary>The names of the shared acceptance cases (their folders), in ordinal order.</summary>
    public static IReadOnlyList<string> AcceptanceCases() =>
        Directory.GetDirectories(Acceptance).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal).ToList();

    /// <summary>Every .journey file in the repository (outside build output) and in ../shared.</summary>
    public static IReadOnlyList<string> AllJourneyFiles()
    {
        var files = new List<string>();
        foreach (var folder in new[] { Root, Shared })
        {
            if (!Directory.Exists(folder))
            {
                continue;
            }

            files.AddRange(Directory.EnumerateFiles(folder, "*.journey", SearchOption.AllDirectories)
                .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(p => p is "bin" or "obj" or "node_modules" or ".git" or "artifacts")));
        }

        return [.. files.Distinct().Order(StringComparer.Ordinal)];
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "LifecycleLang.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Cannot find LifecycleLang.sln above " + AppContext.BaseDirectory);
    }
}
