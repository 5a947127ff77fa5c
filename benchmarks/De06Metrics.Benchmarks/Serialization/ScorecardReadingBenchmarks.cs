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
/// problem with its place. Baselines: parsing the same bytes without building anything, with a bare
/// <see cref="Utf8JsonReader"/> pass for JSON (and <see cref="JsonDocument"/> as a second reference) and CsvHelper
/// (which the CSV reader uses) reading every field as a string.
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
        var scorecard = De06Metrics.Tests.Serialization.LargeScorecard.Create();
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

    /// <summary>
    /// Parsing alone, the bare parse the reader is measured against: one <see cref="Utf8JsonReader"/> pass over the same
    /// bytes, every token read and nothing built.
    /// </summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("json")]
    public int Json_ParseOnly() => BareJsonPass(json);

    /// <summary>A second reference: <see cref="JsonDocument.Parse(ReadOnlyMemory{byte}, JsonDocumentOptions)"/> of the same bytes, which builds an index of every token.</summary>
    [Benchmark]
    [BenchmarkCategory("json")]
    public int Json_JsonDocument()
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("observations").GetArrayLength();
    }

    /// <summary>The library's JSON reader: every item checked and built, the scorecard validated.</summary>
    [Benchmark]
    [BenchmarkCategory("json")]
    public ScorecardReadResult Json_Library() => ReadJson();

    /// <summary>
    /// Parsing alone: CsvHelper (the library the CSV reader uses) reads every field of every file the reader reads, the
    /// settings and the tables there are, as a string.
    /// </summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("csv")]
    public int Csv_ParseOnly()
    {
        var fields = 0;
        foreach (var name in ScorecardTables.All.Select(ScorecardCsv.FileNameOf).Prepend(ScorecardCsv.SettingsFileName))
        {
            // A scorecard without a timeline has no successions.csv: only the files the library reads are parsed.
            var path = Path.Combine(folder, name);
            if (!File.Exists(path))
            {
                continue;
            }

            var bytes = File.ReadAllBytes(path);
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

    /// <summary>
    /// The bare parse both JSON groups are measured against: one <see cref="Utf8JsonReader"/> pass over the bytes, with
    /// the options the library reads with, every token read and nothing built.
    /// </summary>
    /// <param name="json">The UTF-8 bytes.</param>
    /// <returns>The number of tokens.</returns>
    internal static int BareJsonPass(byte[] json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }
}
