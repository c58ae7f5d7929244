using System.Text;
using LifecycleLang.Semantics.Facts;
using LifecycleLang.Syntax.Diagnostics;
using LifecycleLang.Syntax.Text;

namespace LifecycleLang.Semantics.Tests;

/// <summary>
/// Renders diagnostics in annotated-source style for review in a pull request: every source line
/// indented by four spaces, and under an offending line one comment line per diagnostic whose carets
/// sit exactly under its span ("//" plus two spaces make up the indentation), then its fixes.
/// </summary>
internal static class AnnotatedSource
{
    public static string Render(IEnumerable<SourceText> sources, IReadOnlyList<Diagnostic> diagnostics, IEnumerable<JourneyFacts> facts, string root)
    {
        var output = new StringBuilder();
        var byPath = diagnostics.GroupBy(d => d.Source.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var all = sources.ToDictionary(s => s.Path, StringComparer.Ordinal);
        foreach (var diagnostic in diagnostics)
        {
            all.TryAdd(diagnostic.Source.Path, diagnostic.Source);
        }

        foreach (var (path, source) in all.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var list = byPath.GetValueOrDefault(path) ?? [];
            output.Append("// ---- ").Append(Relative(path, root)).Append(" (")
                .Append(Count(list, DiagnosticSeverity.Error, "error")).Append(", ")
                .Append(Count(list, DiagnosticSeverity.Warning, "warning")).AppendLine(") ----");
            for (var line = 0; line < source.LineCount; line++)
            {
                var text = source.GetLineText(line);
                if (line == source.LineCount - 1 && text.Length == 0 && !list.Any(d => d.Start.Line == line))
                {
                    break;
                }

                output.Append(text.Length == 0 ? string.Empty : "    ").AppendLine(text);
                foreach (var diagnostic in list.Where(d => d.Start.Line == line))
                {
                    AppendDiagnostic(output, source, diagnostic, text, root);
                }
            }
        }

        foreach (var journey in facts)
        {
            output.Append("// journey ").Append(journey.Journey.Name).Append(": longest ").AppendLine(journey.LongestDurationText);
        }

        return output.ToString();
    }

    private static void AppendDiagnostic(StringBuilder output, SourceText source, Diagnostic diagnostic, string lineText, string root)
    {
        var start = diagnostic.Start;
        var end = diagnostic.End;
        var lastColumn = end.Line == start.Line ? end.Character : lineText.Length;
        var width = Math.Max(1, lastColumn - start.Character);
        var severity = diagnostic.Severity == DiagnosticSeverity.Error ? "error" : diagnostic.Severity == DiagnosticSeverity.Warning ? "warning" : "info";
        var continues = end.Line > start.Line ? $" (to line {end.Line + 1})" : string.Empty;
        output.Append("//  ").Append(' ', start.Character).Append('^', width).Append(continues)
            .Append(' ').Append(severity).Append(' ').Append(diagnostic.Code).Append(": ").AppendLine(diagnostic.Message);
        foreach (var fix in diagnostic.Fixes)
        {
            output.Append("//  ").Append(' ', start.Character).Append("fix: ").Append(fix.Title);
            foreach (var edit in fix.Edits)
            {
                var where = edit.Source.Path == source.Path ? string.Empty : " in " + Relative(edit.Source.Path, root);
                output.Append(" [").Append(Escape(edit.Source.ToString(edit.Span))).Append(" -> ").Append(Escape(edit.NewText)).Append(']').Append(where);
            }

            output.AppendLine();
        }
    }

    private static string Escape(string text) => text.Replace("\n", "\\n", StringComparison.Ordinal);

    private static string Count(List<Diagnostic> list, DiagnosticSeverity severity, string noun)
    {
        var n = list.Count(d => d.Severity == severity);
        return $"{n} {noun}{(n == 1 ? "" : "s")}";
    }

    private static string Relative(string path, string root) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
