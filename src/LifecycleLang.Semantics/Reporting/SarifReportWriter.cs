using System.Text.Json;
using LifecycleLang.Syntax.Diagnostics;
using LifecycleLang.Syntax.Text;

namespace LifecycleLang.Semantics.Reporting;

/// <summary>
/// `lifecycle check --format sarif`: SARIF 2.1.0 for code scanning. One run; the tool driver lists
/// every catalog code as a rule; each diagnostic is a result with a physical location (relative URI,
/// forward slashes, 1-based region with an exclusive end column) and its fixes as SARIF fixes.
/// </summary>
public static class SarifReportWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public static void Write(CheckReport report, Stream output)
    {
        var rules = DiagnosticCatalog.All;
        var ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < rules.Length; i++)
        {
            ruleIndex[rules[i].Code] = i;
        }

        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();

        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "lifecycle");
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Code);
            json.WriteString("name", Pascal(rule.Title));
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title);
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.Severity));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartArray("results");
        foreach (var diagnostic in report.Diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", diagnostic.Code);
            if (ruleIndex.TryGetValue(diagnostic.Code, out var index))
            {
                json.WriteNumber("ruleIndex", index);
            }

            json.WriteString("level", Level(diagnostic.Severity));
            json.WriteStartObject("message");
            json.WriteString("text", diagnostic.Message);
            json.WriteEndObject();
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            WriteArtifact(json, report, diagnostic.Source.Path);
            WriteRegion(json, "region", diagnostic.Source, diagnostic.Span);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            if (!diagnostic.Fixes.IsDefaultOrEmpty)
            {
                WriteFixes(json, report, diagnostic);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteFixes(Utf8JsonWriter json, CheckReport report, Diagnostic diagnostic)
    {
        json.WriteStartArray("fixes");
        foreach (var fix in diagnostic.Fixes)
        {
            json.WriteStartObject();
            json.WriteStartObject("description");
            json.WriteString("text", fix.Title);
            json.WriteEndObject();
            json.WriteStartArray("artifactChanges");
            foreach (var group in fix.Edits.GroupBy(e => e.Source.Path, StringComparer.Ordinal))
            {
                json.WriteStartObject();
                WriteArtifact(json, report, group.Key);
                json.WriteStartArray("replacements");
                foreach (var edit in group)
                {
                    json.WriteStartObject();
                    WriteRegion(json, "deletedRegion", edit.Source, edit.Span);
                    json.WriteStartObject("insertedContent");
                    json.WriteString("text", edit.NewText);
                    json.WriteEndObject();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteArtifact(Utf8JsonWriter json, CheckReport report, string path)
    {
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", Uri.EscapeDataString(report.DisplayPath(path)).Replace("%2F", "/", StringComparison.Ordinal));
        json.WriteEndObject();
    }

    private static void WriteRegion(Utf8JsonWriter json, string property, SourceText source, TextSpan span)
    {
        var start = source.GetLinePosition(span.Start);
        var end = source.GetLinePosition(span.End);
        json.WriteStartObject(property);
        json.WriteNumber("startLine", start.Line + 1);
        json.WriteNumber("startColumn", start.Character + 1);
        json.WriteNumber("endLine", end.Line + 1);
        json.WriteNumber("endColumn", end.Character + 1);
        json.WriteEndObject();
    }

    public static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };

    private static string Pascal(string title) =>
        string.Concat(title.Split([' ', '-', '/', '\'', '?', '%'], StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}
