using LifecycleLang.Runtime;

namespace LifecycleLang.Hosting;

/// <summary>The assemblies generated journey code compiles against: the runtime, NodaTime and the framework.</summary>
public static class RuntimeReferences
{
    // The framework assemblies the generated code touches (lists, records, lambdas, NodaTime's netstandard surface).
    private static readonly string[] FrameworkNames =
        ["System.Private.CoreLib", "System.Runtime", "System.Collections", "System.Linq", "netstandard"];

    public static IReadOnlyList<string> All { get; } = Compute();

    private static string[] Compute()
    {
        var platform = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => FrameworkNames.Contains(Path.GetFileNameWithoutExtension(path), StringComparer.Ordinal));
        return
        [
            .. platform,
            typeof(WorkspaceDef).Assembly.Location,
            typeof(NodaTime.Instant).Assembly.Location,
        ];
    }
}
