using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using Perfolizer.Mathematics.OutlierDetection;
using LifecycleLang.Ide.Features;
using LifecycleLang.Ide.Workspace;

namespace LifecycleLang.Bench;

/// <summary>
/// The language server's latencies on a generated 5,000-line workspace (every file open in the editor), as
/// the server computes them: a keystroke in one file, then
/// - completion after `contact.`: the edited file is parsed, the names come from the latest model (one
///   keystroke old), no check is waited for (target p99 &lt; 20 ms);
/// - diagnostics after the edit: the whole workspace is checked again (the edited file re-parsed, the other
///   trees reused) and its diagnostics listed (target p99 &lt; 50 ms).
/// One operation per iteration and no outlier removed, so the percentiles are per-request latencies
/// including the slow ones (a garbage collection, another process on the machine).
/// </summary>
[Config(typeof(LatencyConfig))]
[Outliers(OutlierMode.DontRemove)]
[InvocationCount(1)]
[IterationCount(200)]
[WarmupCount(20)]
public class LanguageServerBenchmarks
{
    public const int WorkspaceLines = 5_000;

    private readonly IdeWorkspace _workspace = new();
    private string _path = string.Empty;
    private string _text = string.Empty;
    private int _completionOffset;
    private int _version;

    [GlobalSetup]
    public void Setup()
    {
        // As the server runs (Program.cs): no blocking full collections while it is editing.
        System.Runtime.GCSettings.LatencyMode = System.Runtime.GCLatencyMode.SustainedLowLatency;
        var files = WorkspaceGenerator.Generate(WorkspaceLines);
        foreach (var (path, text) in files)
        {
            _workspace.Open("/bench/" + path, text, 1);
        }

        (_path, _text) = files[files.Count / 2];
        _path = "/bench/" + _path;

        // Completion right after `contact.` in `if contact.budget ?? 0 < 5000`.
        _completionOffset = _text.IndexOf("if contact.", StringComparison.Ordinal) + "if contact.".Length;
        _workspace.ModelComputed(_workspace.Current);
    }

    [Benchmark(Description = "completion after an edit (5k lines)")]
    public int Completion()
    {
        var snapshot = Keystroke();
        var list = Ide.Features.Completion.GetCompletions(snapshot, _path, _completionOffset, _workspace.AvailableModel(), _workspace.LastGoodModel?.Model);
        return list.Items.Length;
    }

    [Benchmark(Description = "diagnostics after an edit (5k lines)")]
    public int DiagnosticsAfterEdit()
    {
        var snapshot = Keystroke();
        var count = snapshot.Compilation.GetDiagnostics().Length;
        _workspace.ModelComputed(snapshot);
        return count;
    }

    // An edit that keeps every offset: toggle the case of a letter in the file's first comment.
    private WorkspaceSnapshot Keystroke()
    {
        _version++;
        var letter = _version % 2 == 0 ? "M" : "m";
        return _workspace.Change(_path, [TextChange.Replace(new(0, 3), new(0, 4), letter)], _version);
    }

    private sealed class LatencyConfig : ManualConfig
    {
        public LatencyConfig()
        {
            AddColumn(StatisticColumn.Median, StatisticColumn.P95, new P99Column());
        }
    }

    /// <summary>The 99th percentile of the per-operation times.</summary>
    private sealed class P99Column : IColumn
    {
        public string Id => "P99";

        public string ColumnName => "P99";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Statistics;

        public int PriorityInCategory => 100;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Time;

        public string Legend => "99th percentile of the operation times";

        public string GetValue(BenchmarkDotNet.Reports.Summary summary, BenchmarkDotNet.Running.BenchmarkCase benchmarkCase) =>
            GetValue(summary, benchmarkCase, summary.Style);

        public string GetValue(BenchmarkDotNet.Reports.Summary summary, BenchmarkDotNet.Running.BenchmarkCase benchmarkCase, BenchmarkDotNet.Reports.SummaryStyle style)
        {
            var statistics = summary[benchmarkCase]?.ResultStatistics;
            if (statistics is null)
            {
                return "-";
            }

            var nanoseconds = statistics.Percentiles.Percentile(99);
            return (nanoseconds / 1e6).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + " ms";
        }

        public bool IsAvailable(BenchmarkDotNet.Reports.Summary summary) => true;

        public bool IsDefault(BenchmarkDotNet.Reports.Summary summary, BenchmarkDotNet.Running.BenchmarkCase benchmarkCase) => false;
    }
}
