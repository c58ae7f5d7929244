using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace LifecycleLang.Bench;

/// <summary>Throughput of the check benchmarks in source lines per second (the README's figure).</summary>
public sealed class LinesPerSecondColumn : IColumn
{
    public string Id => nameof(LinesPerSecondColumn);

    public string ColumnName => "Lines/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Source lines processed per second (mean)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (benchmarkCase.Descriptor.Type != typeof(CheckBenchmarks))
        {
            return "-";
        }

        var report = summary[benchmarkCase];
        var mean = report?.ResultStatistics?.Mean;
        if (mean is null or 0)
        {
            return "-";
        }

        var lines = WorkspaceGenerator.Generate(CheckBenchmarks.WorkspaceLines).Sum(f => WorkspaceGenerator.CountLines(f.Text));
        return (lines / (mean.Value / 1e9)).ToString("N0", CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
