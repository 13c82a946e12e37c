using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace UniPass.Gateway.Benchmarks.Reporting;

/// <summary>
/// MiB/s from a benchmark's <c>SizeMiB</c> parameter and its median time, so a table reads as
/// throughput. The generated inputs end within a few hundred bytes of their nominal size.
/// </summary>
public sealed class ThroughputColumn : IColumn
{
    public const int BytesPerMiB = 1 << 20;
    public const string SizeParameter = "SizeMiB";

    public string Id => nameof(ThroughputColumn);

    public string ColumnName => "MiB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Throughput: nominal input size (MiB) divided by the median time";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        var size = benchmarkCase.Parameters[SizeParameter];
        if (report?.ResultStatistics is not { } statistics || size is not int mebibytes)
        {
            return "-";
        }

        var seconds = statistics.Median / 1e9;
        return (mebibytes / seconds).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
