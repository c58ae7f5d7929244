namespace LifecycleLang.Bench;

/// <summary>Finds ../shared/acceptance beside the repository (the folder holding LifecycleLang.sln).</summary>
public static class BenchPaths
{
    public static string Acceptance
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "LifecycleLang.sln")))
            {
                directory = directory.Parent;
            }

            return directory is null
                ? throw new DirectoryNotFoundException("LifecycleLang.sln not found above " + AppContext.BaseDirectory)
                : Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "acceptance"));
        }
    }
}
