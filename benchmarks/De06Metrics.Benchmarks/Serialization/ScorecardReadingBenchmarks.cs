using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CsvHelper;
using De06Metrics.Csv;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Serialization;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Benchmarks.Serialization;

/// <summary>
/// Reading a scorecard of 100 000 observations (100 communes × 10 indicators × 100 months, rates with and without
/// parts, counts) and 100 targets: from JSON bytes with <see cref="ScorecardJson.Read(ReadOnlyMemory{byte}, string)"/>
/// and from a folder of CSV files with a decimal comma (as Excel writes them in Vietnam) with
/// <see cref="ScorecardCsv.ReadFolder"/>. Each read checks every field and the scorecard as a whole and reports every
/// problem with its place. Baselines: parsing the same bytes without building anything, with
/// <see cref="JsonDocument"/> for JSON and CsvHelper (which the CSV reader uses) reading every field as a string.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ScorecardReadingBenchmarks
{
    private byte[] json = [];
    private string folder = "";

    /// <summary>Builds the scorecard and writes it as JSON bytes and as a CSV folder in a temporary directory.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var scorecard = HundredThousandObservations();
        json = Encoding.UTF8.GetBytes(ScorecardJson.ToJson(scorecard));
        folder = Path.Combine(Path.GetTempPath(), $"de06-bench-{Environment.ProcessId}");
        Directory.CreateDirectory(folder);
        ScorecardCsv.WriteFolder(scorecard, folder, DecimalSeparator.Comma);
        if (!ReadJson().IsValid || !ReadCsv().IsValid)
        {
            throw new InvalidOperationException("The written scorecard does not read back without problems.");
        }
    }

    /// <summary>Removes the CSV folder.</summary>
    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(folder, recursive: true);

    /// <summary>Parsing alone: <see cref="JsonDocument.Parse(ReadOnlyMemory{byte}, JsonDocumentOptions)"/> of the same bytes.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("json")]
    public int Json_ParseOnly()
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("observations").GetArrayLength();
    }

    /// <summary>The library's JSON reader: every item checked and built, the scorecard validated.</summary>
    [Benchmark]
    [BenchmarkCategory("json")]
    public ScorecardReadResult Json_Library() => ReadJson();

    /// <summary>Parsing alone: CsvHelper reads every field of the four files as a string.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("csv")]
    public int Csv_ParseOnly()
    {
        var fields = 0;
        foreach (var table in ScorecardTables.All)
        {
            var bytes = File.ReadAllBytes(Path.Combine(folder, ScorecardCsv.FileNameOf(table)));
            using var csv = CsvReader.Create(bytes.AsMemory(), CsvReaderOptions.Default with { Separator = ';', HasHeader = true });
            while (csv.Read())
            {
                for (var i = 0; i < csv.FieldCount; i++)
                {
                    fields += csv.GetString(i)?.Length > 0 ? 1 : 0;
                }
            }
        }

        return fields;
    }

    /// <summary>The library's CSV reader: every field checked and built, the scorecard validated.</summary>
    [Benchmark]
    [BenchmarkCategory("csv")]
    public ScorecardReadResult Csv_Library() => ReadCsv();

    private ScorecardReadResult ReadJson() => ScorecardJson.Read(json, "scorecard.json");

    private ScorecardReadResult ReadCsv() => ScorecardCsv.ReadFolder(folder);

    private static Scorecard HundredThousandObservations()
    {
        var province = new ResponsibleUnit(new UnitId("P"), new LocalizedText("Tỉnh"), UnitKind.Province);
        var communes = Enumerable.Range(1, 100)
            .Select(i => new ResponsibleUnit(new UnitId($"P.X{i:D3}"), new LocalizedText($"Xã số {i}"), UnitKind.Commune, province.Id))
            .ToList();
        var indicators = Enumerable.Range(1, 10)
            .Select(i => new Indicator(new IndicatorCode($"I{i:D2}"), new LocalizedText($"Chỉ tiêu {i}"), i % 2 == 0 ? Measure.Rate : Measure.Count(), Polarity.HigherIsBetter))
            .ToList();
        var months = Enumerable.Range(0, 100).Select(m => ReportingPeriod.ForMonth(2016 + (m / 12), 1 + (m % 12))).ToList();
        var observations = new List<Observation>(100_000);
        var n = 0;
        foreach (var commune in communes)
        {
            foreach (var indicator in indicators)
            {
                foreach (var month in months)
                {
                    n++;
                    var value = indicator.Measure.Kind == MeasureKind.Rate
                        ? (n % 3 == 0 ? MeasuredValue.FromRateParts(n % 97, 97) : MeasuredValue.Of(n % 1000 / 10m))
                        : MeasuredValue.Of(n);
                    observations.Add(new Observation(indicator.Code, commune.Id, month, value));
                }
            }
        }

        var targets = communes.Select(c => new Target(indicators[1].Code, c.Id, months[^1], Goal.AtLeast(70m)));
        return Scorecard.Create(indicators, UnitRegistry.Create([province, .. communes]), targets, observations);
    }
}
