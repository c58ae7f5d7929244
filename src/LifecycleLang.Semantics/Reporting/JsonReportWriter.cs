using System.Text.Json;
using LifecycleLang.Syntax.Diagnostics;

namespace LifecycleLang.Semantics.Reporting;

/// <summary>
/// `lifecycle check --format json`: one object with `diagnostics` (file, 1-based line/column and
/// end, code, severity, message, fixes with their edits), `journeys` (longest duration, goal window,
/// what each depends on) and `summary`. Keys are written in a fixed order so output is stable.
/// </summary>
public static class JsonReportWriter
{
    public static void Write(CheckReport report, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in report.Diagnostics)
        {
            json.WriteStartObject();
            WriteLocation(json, report, diagnostic.Source.Path, diagnostic.Start, diagnostic.End);
            json.WriteString("code", diagnostic.Code);
            json.WriteString("severity", TextReportWriter.Severity(diagnostic.Severity));
            json.WriteString("message", diagnostic.Message);
            json.WriteStartArray("fixes");
            foreach (var fix in diagnostic.Fixes)
            {
                json.WriteStartObject();
                json.WriteString("title", fix.Title);
                json.WriteStartArray("edits");
                foreach (var edit in fix.Edits)
                {
                    json.WriteStartObject();
                    WriteLocation(json, report, edit.Source.Path, edit.Source.GetLinePosition(edit.Span.Start), edit.Source.GetLinePosition(edit.Span.End));
                    json.WriteString("newText", edit.NewText);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("journeys");
        foreach (var facts in report.Journeys)
        {
            json.WriteStartObject();
            json.WriteString("name", facts.Journey.Name);
            json.WriteString("file", report.DisplayPath(facts.Journey.Location?.Path ?? string.Empty));
            json.WriteString("longest", facts.LongestDurationText);
            json.WriteNumber("longestSeconds", (long)facts.LongestDuration.TotalSeconds);
            json.WriteNumber("goalWindowSeconds", (long)facts.GoalWindow.TotalSeconds);
            WriteNames(json, "events", facts.Events.Select(e => e.Name));
            WriteNames(json, "contactFieldsRead", facts.ContactFieldsRead.Select(f => f.Name));
            WriteNames(json, "contactFieldsWritten", facts.ContactFieldsWritten.Select(f => f.Name));
            WriteNames(json, "segments", facts.Segments.Select(s => s.Name));
            WriteNames(json, "scoreModels", facts.ScoreModels.Select(s => s.Name));
            WriteNames(json, "templates", facts.Templates.Select(t => t.Name));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("summary");
        json.WriteNumber("files", report.FileCount);
        json.WriteNumber("errors", report.ErrorCount);
        json.WriteNumber("warnings", report.WarningCount);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, CheckReport report, string path, Syntax.Text.LinePosition start, Syntax.Text.LinePosition end)
    {
        json.WriteString("file", report.DisplayPath(path));
        json.WriteNumber("line", start.Line + 1);
        json.WriteNumber("column", start.Character + 1);
        json.WriteNumber("endLine", end.Line + 1);
        json.WriteNumber("endColumn", end.Character + 1);
    }

    private static void WriteNames(Utf8JsonWriter json, string property, IEnumerable<string> names)
    {
        json.WriteStartArray(property);
        foreach (var name in names)
        {
            json.WriteStringValue(name);
        }

        json.WriteEndArray();
    }
}
