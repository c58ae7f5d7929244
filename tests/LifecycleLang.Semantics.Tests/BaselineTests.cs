using LifecycleLang.Syntax.Diagnostics;

namespace LifecycleLang.Semantics.Tests;

/// <summary>
/// One small workspace per rule under Baselines/&lt;rule-name&gt;/, checked against its
/// `expected.diagnostics` (annotated source). Also: every catalog code is produced by some baseline.
/// </summary>
public sealed class BaselineTests
{
    public const string ExpectedFile = "expected.diagnostics";

    /// <summary>The rule workspaces, in the source tree beside this file.</summary>
    public static readonly string Folder = Path.Combine(Baseline.SourceDirectory(), "Baselines");

    /// <summary>Codes no input can produce by design.</summary>
    private static readonly Dictionary<string, string> Unproducible = new(StringComparer.Ordinal)
    {
        ["LL1099"] = "internal parser error: reported only when the parser itself crashes, which is a bug",
    };

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var directory in Directory.GetDirectories(Folder).OrderBy(d => d, StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(directory));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rule(string name)
    {
        var folder = Path.Combine(Folder, name);
        var (actual, _) = Run(folder);
        Baseline.AssertMatches(Path.Combine(folder, ExpectedFile), actual);
    }

    [Fact]
    public void EveryCatalogCodeHasABaseline()
    {
        var produced = new HashSet<string>(StringComparer.Ordinal);
        foreach (var directory in Directory.GetDirectories(Folder))
        {
            produced.UnionWith(Run(directory).Codes);
        }

        var missing = DiagnosticCatalog.All
            .Select(d => d.Code)
            .Where(code => !produced.Contains(code) && !Unproducible.ContainsKey(code))
            .ToList();
        Assert.True(missing.Count == 0, "no baseline produces: " + string.Join(", ", missing));
        Assert.All(Unproducible.Keys, code => Assert.NotNull(DiagnosticCatalog.Find(code)));
    }

    [Fact]
    public void CatalogCodesAreUniqueAndInTheirRanges()
    {
        var codes = DiagnosticCatalog.All.Select(d => d.Code).ToList();
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(DiagnosticCatalog.All, d =>
        {
            Assert.Matches("^LL[1-59][0-9]{3}$", d.Code);
            Assert.Equal(d.Code.StartsWith("LL9", StringComparison.Ordinal), d.Severity == DiagnosticSeverity.Warning);
        });
    }

    private static (string Text, IEnumerable<string> Codes) Run(string folder)
    {
        var compilation = TestWorkspace.Load(folder);
        var diagnostics = compilation.GetDiagnostics();
        var text = AnnotatedSource.Render(compilation.SyntaxTrees.Select(t => t.Text), diagnostics, compilation.GetSemanticModel().Facts, folder);
        return (text, diagnostics.Select(d => d.Code));
    }
}
