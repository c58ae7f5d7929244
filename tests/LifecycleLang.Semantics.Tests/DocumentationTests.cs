using LifecycleLang.Syntax.Diagnostics;

namespace LifecycleLang.Semantics.Tests;

/// <summary>docs/diagnostics.md documents every code of the catalog, and the checker's decisions are written down.</summary>
public sealed class DocumentationTests
{
    [Fact]
    public void EveryCatalogCodeIsDocumented()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "diagnostics.md"));
        var missing = DiagnosticCatalog.All.Where(d => !text.Contains("### " + d.Code, StringComparison.Ordinal)).Select(d => d.Code).ToList();
        Assert.True(missing.Count == 0, "docs/diagnostics.md does not document: " + string.Join(", ", missing));
    }

    [Fact]
    public void CheckerDecisionsAreWrittenDown() =>
        Assert.True(File.Exists(Path.Combine(RepoPaths.Root, "docs", "decisions", "checker.md")));
}
