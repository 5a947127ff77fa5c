using System.Text;
using BenchmarkDotNet.Attributes;
using De06Metrics.Cli.Output;
using De06Metrics.Excel;
using De06Metrics.Reporting;
using De06Metrics.Scorecards;
using De06Metrics.Text;
using NodaTime;

namespace De06Metrics.Benchmarks.Reporting;

/// <summary>
/// Writing the report of a 100 000-row scorecard (<see cref="ReportScorecard"/>: 1 000 communes × 100 indicators, Q1
/// 2024, every row against a target) in each format of <c>de06 report</c>: the terminal table (stacked at 120
/// columns, a table at 320), Markdown, CSV, JSON, the HTML document (the library's <see cref="HtmlReport"/>, which the
/// command writes for an evaluated scorecard) and the workbook. Every writer writes to <see cref="Stream.Null"/>, so
/// what is measured is the writer's own work and memory.
/// </summary>
/// <remarks>
/// The baseline writes the same 100 000 rows' cells, tab-separated, with the bare <see cref="TextWriter"/>: the rows
/// made from the result as every writer of the tool gets them (the report table's rows are made as they are read, so
/// the baseline pays for making each row's text as the writers do), then written one after another. A writer that
/// keeps "a page of rows" allocates about as much as the baseline; one that builds its output in memory allocates at
/// least the output's size on top. <see cref="MemoryDiagnoser"/> counts bytes allocated per operation, not the peak
/// held at once: the peak is measured apart, by <c>--peak</c> (see <see cref="PeakMemory"/>).
/// </remarks>
[MemoryDiagnoser]
[WarmupCount(1)]
[IterationCount(3)]
public class ReportWriterBenchmarks
{
    private static readonly Language Vietnamese = Language.Vietnamese;

    private ScorecardResult result = null!;
    private ReportTable table = null!;

    /// <summary>Builds and evaluates the scorecard and the report table every text writer takes.</summary>
    [GlobalSetup]
    public void Setup()
    {
        result = ReportScorecard.Evaluate();
        table = EvaluationReport.Build(result, Vietnamese) with { Result = null };
        if (table.Rows.Count() < ReportScorecard.Communes * ReportScorecard.IndicatorCount)
        {
            throw new InvalidOperationException($"The report has {table.Rows.Count()} rows; the benchmark needs {ReportScorecard.Communes * ReportScorecard.IndicatorCount}.");
        }
    }

    private static StreamWriter Output() => new(Stream.Null, new UTF8Encoding(false), 64 * 1024);

    /// <summary>The same cells, tab-separated, with the bare writer.</summary>
    [Benchmark(Baseline = true)]
    public void BareWriter()
    {
        using var output = Output();
        PeakMemory.WriteBare(table, output);
    }

    /// <summary>The terminal, 120 columns, no colour: too narrow for the table, so one block per row.</summary>
    [Benchmark]
    public void Table()
    {
        using var output = Output();
        Writers.Write(table, ReportFormat.Table, output, colour: false, width: 120);
    }

    /// <summary>The terminal table as the command writes it to a file or a pipe (320 columns), no colour.</summary>
    [Benchmark]
    public void TableWide()
    {
        using var output = Output();
        Writers.Write(table, ReportFormat.Table, output, colour: false, width: TerminalWriter.RedirectedWidth);
    }

    /// <summary>Markdown.</summary>
    [Benchmark]
    public void Markdown()
    {
        using var output = Output();
        Writers.Write(table, ReportFormat.Md, output, colour: false);
    }

    /// <summary>CSV.</summary>
    [Benchmark]
    public void Csv()
    {
        using var output = Output();
        Writers.Write(table, ReportFormat.Csv, output, colour: false);
    }

    /// <summary>JSON.</summary>
    [Benchmark]
    public void Json()
    {
        using var output = Output();
        Writers.Write(table, ReportFormat.Json, output, colour: false);
    }

    /// <summary>The HTML document the command writes for an evaluated scorecard: the library's <see cref="HtmlReport"/>.</summary>
    [Benchmark]
    public void Html()
    {
        using var output = Output();
        HtmlReport.Write(result, output, new HtmlReportOptions(Vietnamese, new LocalDate(2024, 4, 5)));
    }

    /// <summary>
    /// The floor of the workbook: the same rows' cells, and the scorecard's units, targets and observations, written as
    /// plain cells in a sheet each with the bare workbook writer (see <see cref="PeakMemory.WriteBareWorkbook"/>).
    /// </summary>
    [Benchmark]
    public void BareWorkbook() => PeakMemory.WriteBareWorkbook(table, result.Scorecard, Stream.Null);

    /// <summary>The workbook the command writes for <c>--format xlsx</c>.</summary>
    [Benchmark]
    public void Xlsx() => ScorecardWorkbook.Write(result, Stream.Null, Vietnamese);
}
