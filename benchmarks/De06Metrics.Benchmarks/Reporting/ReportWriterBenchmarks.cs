using System.Text;
using BenchmarkDotNet.Attributes;
using De06Metrics.Cli.Output;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Reporting;
using De06Metrics.Scorecards;
using De06Metrics.Text;
using De06Metrics.Units;
using NodaTime;

namespace De06Metrics.Benchmarks.Reporting;

/// <summary>
/// Writing the report of a 100 000-row scorecard (1 000 communes × 100 indicators, Q1 2024, every row against a
/// target) in each text format of <c>de06 report</c>: the terminal table, Markdown, CSV, JSON and the HTML document
/// (the library's <see cref="HtmlReport"/>, which the command writes for an evaluated scorecard). Every writer writes to
/// a <see cref="StreamWriter"/> over <see cref="Stream.Null"/>, so what is measured is the writer's own memory.
/// </summary>
/// <remarks>
/// The baseline writes the same 100 000 rows' cells, tab-separated, with the bare <see cref="TextWriter"/>: the floor of
/// a streaming writer, whose allocations do not grow with the rows. A writer that keeps "a page of rows" allocates
/// about as much as the baseline; one that builds its whole output in memory allocates at least the output's size
/// (tens of megabytes here). <see cref="MemoryDiagnoser"/> counts bytes allocated per operation, not the peak held at
/// once: for a writer that buffers the whole output the two are of the same order, for a streaming one the peak is
/// smaller still. The scorecard is built and evaluated, and the CLI's report table built from it, once, in the setup.
/// </remarks>
[MemoryDiagnoser]
[WarmupCount(1)]
[IterationCount(3)]
public class ReportWriterBenchmarks
{
    private const int Communes = 1_000;
    private const int IndicatorCount = 100;
    private static readonly ReportingPeriod Quarter = ReportingPeriod.ForQuarter(2024, 1);
    private static readonly Language Vietnamese = Language.Vietnamese;

    private ScorecardResult result = null!;
    private ReportTable table = null!;

    /// <summary>Builds and evaluates the scorecard and the report table every text writer takes.</summary>
    [GlobalSetup]
    public void Setup()
    {
        Indicator[] indicators = [.. Enumerable.Range(0, IndicatorCount).Select(j => j % 10 < 7
            ? new Indicator(new IndicatorCode($"R{j:000}"), new LocalizedText($"Tỷ lệ {j}", $"Rate {j}"), Measure.Rate, Polarity.HigherIsBetter)
            : new Indicator(new IndicatorCode($"C{j:000}"), new LocalizedText($"Số hồ sơ {j}", $"Dossiers {j}"), Measure.Count(), Polarity.HigherIsBetter, 0))];
        var province = new UnitId("P");
        var unitList = new List<ResponsibleUnit> { new(province, new LocalizedText("Tỉnh"), UnitKind.Province) };
        unitList.AddRange(Enumerable.Range(0, Communes).Select(c => new ResponsibleUnit(new UnitId($"P.C{c:0000}"), new LocalizedText($"Xã {c}"), UnitKind.Commune, province)));
        var communes = unitList.Skip(1).Select(unit => unit.Id).ToList();
        var random = new Random(2024);
        var targets = new List<Target>();
        var observations = new List<Observation>();
        foreach (var indicator in indicators)
        {
            var rate = indicator.Measure.Kind == MeasureKind.Rate;
            foreach (var commune in communes)
            {
                targets.Add(new Target(indicator.Code, commune, Quarter, Goal.AtLeast(rate ? 70m : 100m)));
                observations.Add(new Observation(indicator.Code, commune, Quarter, MeasuredValue.Of(rate ? random.Next(400, 1000) / 10m : random.Next(50, 200))));
            }
        }

        // Only the communes have rows: the province's would be derived from them, which is not what is measured here.
        var scorecard = Scorecard.Create(indicators, UnitRegistry.Create(unitList), targets, observations);
        result = scorecard.Evaluate(Quarter);
        table = EvaluationReport.Build(result, Vietnamese) with { Result = null };
        if (table.Rows.Count < Communes * IndicatorCount)
        {
            throw new InvalidOperationException($"The report has {table.Rows.Count} rows; the benchmark needs {Communes * IndicatorCount}.");
        }
    }

    private static StreamWriter Output() => new(Stream.Null, new UTF8Encoding(false), 64 * 1024);

    /// <summary>The same cells, tab-separated, with the bare writer.</summary>
    [Benchmark(Baseline = true)]
    public void BareWriter()
    {
        using var output = Output();
        foreach (var row in table.Rows)
        {
            for (var i = 0; i < row.Cells.Count; i++)
            {
                if (i > 0)
                {
                    output.Write('\t');
                }

                output.Write(row.Cells[i]);
            }

            output.Write('\n');
        }
    }

    /// <summary>The terminal table, 120 columns, no colour.</summary>
    [Benchmark]
    public void Table()
    {
        using var output = Output();
        Writers.Write(table, ReportFormat.Table, output, colour: false, width: 120);
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
}
