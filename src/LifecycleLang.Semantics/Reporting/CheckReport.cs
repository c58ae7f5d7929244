using System.Collections.Immutable;
using LifecycleLang.Semantics.Facts;
using LifecycleLang.Syntax.Diagnostics;

namespace LifecycleLang.Semantics.Reporting;

/// <summary>
/// The result of `lifecycle check` as data: all diagnostics and the journey summary. The writers turn it
/// into text, JSON or SARIF; <see cref="BaseDirectory"/> is what file paths are made relative to.
/// </summary>
public sealed record CheckReport(int FileCount, ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<JourneyFacts> Journeys, string BaseDirectory)
{
    public static CheckReport From(Compilation compilation, string? baseDirectory = null) =>
        new(compilation.SyntaxTrees.Length, compilation.GetDiagnostics(), compilation.GetSemanticModel().Facts, baseDirectory ?? Directory.GetCurrentDirectory());

    public int ErrorCount => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);

    public int WarningCount => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);

    /// <summary>tooling.md: 1 when there are errors; warnings alone do not change the exit code.</summary>
    public bool HasErrors => ErrorCount > 0;

    /// <summary>A path as reports show it: relative to the base directory when inside it, with forward slashes.</summary>
    public string DisplayPath(string path)
    {
        if (path.Length == 0)
        {
            return path;
        }

        var display = path;
        if (Path.IsPathRooted(path))
        {
            var relative = Path.GetRelativePath(BaseDirectory, path);
            if (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative))
            {
                display = relative;
            }
        }

        return display.Replace('\\', '/');
    }
}
