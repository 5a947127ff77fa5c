using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace De06Metrics.Benchmarks.Infrastructure;

/// <summary>
/// The mean time of a benchmark named <c>Something_X</c> divided by that of <c>MathNet_X</c> in the same run, job and
/// parameters: how the library compares with MathNet.Numerics for the same tie method, below 0,5 meaning at least
/// twice as fast. Empty where there is no such peer.
/// </summary>
internal sealed class PeerRatioColumn : IColumn
{
    private const string Peer = "MathNet_";

    public string Id => nameof(PeerRatioColumn);

    public string ColumnName => "vs MathNet";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 1;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Mean / mean of the MathNet.Numerics benchmark with the same suffix (_Average, _Min, ...) and parameters";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var name = benchmarkCase.Descriptor.WorkloadMethod.Name;
        var underscore = name.IndexOf('_', StringComparison.Ordinal);
        if (underscore < 0 || name.StartsWith(Peer, StringComparison.Ordinal))
        {
            return "-";
        }

        var peerName = Peer + name[(underscore + 1)..];
        var peer = summary.BenchmarksCases.FirstOrDefault(other =>
            other.Descriptor.WorkloadMethod.Name == peerName
            && other.Descriptor.Type == benchmarkCase.Descriptor.Type
            && other.Job == benchmarkCase.Job
            && other.Parameters.ValueInfo == benchmarkCase.Parameters.ValueInfo);
        return peer is not null
            && summary[benchmarkCase]?.ResultStatistics?.Mean is { } mean
            && summary[peer]?.ResultStatistics?.Mean is { } peerMean and > 0
            ? (mean / peerMean).ToString("0.00", CultureInfo.InvariantCulture)
            : "-";
    }

    public bool IsAvailable(Summary summary) =>
        summary.BenchmarksCases.Any(c => c.Descriptor.WorkloadMethod.Name.StartsWith(Peer, StringComparison.Ordinal));

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
