using System.Text;
using LifecycleLang.Syntax.Diagnostics;
using LifecycleLang.Syntax.Text;

namespace LifecycleLang.TestKit;

/// <summary>
/// Annotated-source baselines: every source line, and under a line each diagnostic that starts on it,
/// as a comment with a ^^^ marker under its span. Reads in a pull request like the file itself.
/// </summary>
public static class DiagnosticPrinter
{
    public static string Annotate(SourceText text, IEnumerable<Diagnostic> diagnostics)
    {
        var byLine = diagnostics.GroupBy(d => d.Start.Line).ToDictionary(g => g.Key, g => g.ToList());
        var builder = new StringBuilder();
        for (var line = 0; line < text.LineCount; line++)
        {
            var lineText = text.GetLineText(line);
            if (line == text.LineCount - 1 && lineText.Length == 0 && !byLine.ContainsKey(line))
            {
                break;
            }

            builder.AppendLine(lineText);
            if (!byLine.TryGetValue(line, out var onLine))
            {
                continue;
            }

            foreach (var diagnostic in onLine)
            {
                var start = diagnostic.Start.Character;
                var end = diagnostic.End.Line == line ? diagnostic.End.Character : lineText.Length;
                var width = Math.Max(1, end - start);

                // "//" takes two columns, so the marker lines up exactly from column 3 on.
                builder.Append("//").Append(' ', Math.Max(0, start - 2)).Append('^', width).AppendLine();
                builder.Append("// ").Append(diagnostic.Code).Append(' ')
                    .Append(diagnostic.Severity.ToString().ToLowerInvariant())
                    .Append(' ').Append(diagnostic.Start)
                    .Append(": ").AppendLine(diagnostic.Message);
            }
        }

        return builder.ToString();
    }
}
