using LifecycleLang.Syntax.Diagnostics;

namespace LifecycleLang.Semantics.Reporting;

/// <summary>
/// The MSBuild/compiler format CI annotates: `path(line,col): error LL3001: message`, then one line per
/// journey with its longest possible duration, then the counts.
/// </summary>
public static class TextReportWriter
{
    public static void Write(CheckReport report, TextWriter output)
    {
        foreach (var diagnostic in report.Diagnostics)
        {
            var start = diagnostic.Start;
            output.WriteLine($"{report.DisplayPath(diagnostic.Source.Path)}({start.Line + 1},{start.Character + 1}): {Severity(diagnostic.Severity)} {diagnostic.Code}: {diagnostic.Message}");
        }

        foreach (var journey in report.Journeys)
        {
            output.WriteLine($"journey {journey.Journey.Name}: longest {journey.LongestDurationText}");
        }

        var files = report.FileCount;
        output.WriteLine($"checked {files} file{(files == 1 ? "" : "s")}: {Plural(report.ErrorCount, "error")}, {Plural(report.WarningCount, "warning")}");
    }

    public static string Severity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };

    private static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
