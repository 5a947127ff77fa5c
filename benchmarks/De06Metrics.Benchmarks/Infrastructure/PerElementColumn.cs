using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace De06Metrics.Benchmarks.Infrastructure;

/// <summary>
/// The mean time divided by the parameter <c>N</c> (the number of pairs, values or rows), in nanoseconds: the cost per
/// element, which the goals for the <see cref="decimal"/> paths are stated in. Empty for benchmarks without <c>N</c>.
/// </summary>
internal sealed class PerElementColumn : IColumn
{
    public string Id => nameof(PerElementColumn);

    public string ColumnName => "ns/elem";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Mean time per element (Mean / N), in nanoseconds";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        benchmarkCase.Parameters["N"] is int n && summary[benchmarkCase]?.ResultStatistics?.Mean is { } mean
            ? (mean / n).ToString(mean / n < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture)
            : "-";

    public bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(c => c.Parameters["N"] is int);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
