using System.Text;
using System.Text.Json;
using LifecycleLang.Semantics.Reporting;
using LifecycleLang.Syntax.Diagnostics;

namespace LifecycleLang.Semantics.Tests;

/// <summary>`lifecycle check --format json|sarif|text`: well-formed, with the fields CI tools read.</summary>
public sealed class ReportFormatTests
{
    private const string Source = """
        contact { budget: number? }
        template t webhook { url "https://x.example/{{ contact.budgte }}" }
        journey J {
          entry when contact.budget > 10
          wait 2 days
          send webhook t
        }
        """;

    private static CheckReport Report() => CheckReport.From(TestWorkspace.FromSource(Source), Directory.GetCurrentDirectory());

    private static JsonElement Write(Action<CheckReport, Stream> writer)
    {
        using var stream = new MemoryStream();
        writer(Report(), stream);
        return JsonDocument.Parse(stream.ToArray()).RootElement.Clone();
    }

    [Fact]
    public void JsonHasDiagnosticsJourneysAndSummary()
    {
        var root = Write(JsonReportWriter.Write);
        var diagnostics = root.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal(2, diagnostics.Count);
        foreach (var d in diagnostics)
        {
            Assert.Equal("main.journey", d.GetProperty("file").GetString());
            foreach (var key in new[] { "line", "column", "endLine", "endColumn" })
            {
                Assert.True(d.GetProperty(key).GetInt32() >= 1, key);
            }

            Assert.Matches("^LL[0-9]{4}$", d.GetProperty("code").GetString());
            Assert.Equal("error", d.GetProperty("severity").GetString());
            Assert.False(string.IsNullOrEmpty(d.GetProperty("message").GetString()));
            Assert.Equal(JsonValueKind.Array, d.GetProperty("fixes").ValueKind);
        }

        var optional = diagnostics.Single(d => d.GetProperty("code").GetString() == "LL3002");
        Assert.Equal(4, optional.GetProperty("line").GetInt32());
        Assert.Equal(14, optional.GetProperty("column").GetInt32());
        var edit = optional.GetProperty("fixes")[0].GetProperty("edits")[0];
        Assert.Equal("contact.budget ?? 0", edit.GetProperty("newText").GetString());

        var journey = root.GetProperty("journeys")[0];
        Assert.Equal("J", journey.GetProperty("name").GetString());
        Assert.Equal("2 days", journey.GetProperty("longest").GetString());
        Assert.Equal(172800, journey.GetProperty("longestSeconds").GetInt64());
        Assert.Equal(2, root.GetProperty("summary").GetProperty("errors").GetInt32());
    }

    [Fact]
    public void SarifHasTheRequiredStructure()
    {
        var root = Write(SarifReportWriter.Write);
        Assert.Equal("https://json.schemastore.org/sarif-2.1.0.json", root.GetProperty("$schema").GetString());
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        var runs = root.GetProperty("runs");
        Assert.Equal(1, runs.GetArrayLength());
        var run = runs[0];
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("lifecycle", driver.GetProperty("name").GetString());

        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(DiagnosticCatalog.All.Length, rules.Count);
        var ruleIds = new List<string>();
        foreach (var rule in rules)
        {
            var id = rule.GetProperty("id").GetString()!;
            ruleIds.Add(id);
            Assert.False(string.IsNullOrEmpty(rule.GetProperty("shortDescription").GetProperty("text").GetString()));
            Assert.Contains(rule.GetProperty("defaultConfiguration").GetProperty("level").GetString(), new[] { "error", "warning", "note" });
        }

        Assert.Equal(ruleIds.Count, ruleIds.Distinct().Count());
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(2, results.Count);
        foreach (var result in results)
        {
            var ruleId = result.GetProperty("ruleId").GetString()!;
            Assert.Contains(ruleId, ruleIds);
            Assert.Equal(ruleId, rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
            Assert.Contains(result.GetProperty("level").GetString(), new[] { "error", "warning", "note" });
            Assert.False(string.IsNullOrEmpty(result.GetProperty("message").GetProperty("text").GetString()));
            var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            var uri = location.GetProperty("artifactLocation").GetProperty("uri").GetString()!;
            Assert.False(Path.IsPathRooted(uri));
            Assert.DoesNotContain('\\', uri);
            var region = location.GetProperty("region");
            Assert.True(region.GetProperty("startLine").GetInt32() >= 1);
            Assert.True(region.GetProperty("startColumn").GetInt32() >= 1);
            Assert.True(region.GetProperty("endLine").GetInt32() >= region.GetProperty("startLine").GetInt32());
            Assert.True(region.GetProperty("endColumn").GetInt32() >= 1);
        }

        var fixes = results.Single(r => r.GetProperty("ruleId").GetString() == "LL3002").GetProperty("fixes");
        var replacement = fixes[0].GetProperty("artifactChanges")[0].GetProperty("replacements")[0];
        Assert.Equal("contact.budget ?? 0", replacement.GetProperty("insertedContent").GetProperty("text").GetString());
        Assert.Equal(4, replacement.GetProperty("deletedRegion").GetProperty("startLine").GetInt32());
    }

    [Fact]
    public void TextIsTheCompilerFormatWithTheJourneySummary()
    {
        var writer = new StringWriter();
        TextReportWriter.Write(Report(), writer);
        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("main.journey(2,56): error LL5007: contact.budgte is not a declared contact field (did you mean 'budget'?)", lines[0]);
        Assert.StartsWith("main.journey(4,14): error LL3002: ", lines[1], StringComparison.Ordinal);
        Assert.Equal("journey J: longest 2 days", lines[2]);
        Assert.Equal("checked 1 file: 2 errors, 0 warnings", lines[3]);
    }

    [Fact]
    public void WarningsAloneAreNotErrors()
    {
        var report = CheckReport.From(TestWorkspace.FromSource("event unused { }"), "/");
        Assert.Equal(1, report.WarningCount);
        Assert.False(report.HasErrors);
        var text = new StringWriter();
        TextReportWriter.Write(report, text);
        Assert.Contains("checked 1 file: 0 errors, 1 warning", text.ToString(), StringComparison.Ordinal);
        _ = Encoding.UTF8;
    }
}
