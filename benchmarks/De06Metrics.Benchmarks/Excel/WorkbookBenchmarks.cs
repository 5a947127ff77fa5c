using System.Globalization;
using BenchmarkDotNet.Attributes;
using De06Metrics.Csv;
using De06Metrics.Excel;
using De06Metrics.Scorecards;
using SpreadCheetah;

namespace De06Metrics.Benchmarks.Excel;

/// <summary>
/// Writing a scorecard of 100 000 observations (the reading benchmarks' scorecard) as a workbook with
/// <see cref="ScorecardWorkbook.WriteDataAsync"/>, against the bare library (SpreadCheetah) writing the same cells
/// from rows made beforehand: the memory columns show that the workbook is written row by row, its allocation a
/// constant factor of the bare library's and not the workbook held whole.
/// </summary>
[MemoryDiagnoser]
public class WorkbookBenchmarks
{
    private Scorecard scorecard = null!;
    private List<Cell[]> observationCells = [];

    /// <summary>Builds the scorecard and, for the bare library, the observations' cells.</summary>
    [GlobalSetup]
    public void Setup()
    {
        scorecard = De06Metrics.Tests.Serialization.LargeScorecard.Create();
        observationCells = [.. ScorecardTables.RowsOf(scorecard, ScorecardTable.Observations, DecimalSeparator.Point)
            .Select(row => row.Select((text, i) => i == 3 && text.Length > 0 ? new Cell(decimal.Parse(text, CultureInfo.InvariantCulture)) : new Cell(text)).ToArray())];
    }

    /// <summary>SpreadCheetah alone: the observations sheet, its cells ready, no styles, widths or filter.</summary>
    [Benchmark(Baseline = true)]
    public async Task BareSpreadCheetah_Observations()
    {
        await using var spreadsheet = await Spreadsheet.CreateNewAsync(Stream.Null);
        await spreadsheet.StartWorksheetAsync("observations");
        foreach (var row in observationCells)
        {
            await spreadsheet.AddRowAsync(row);
        }

        await spreadsheet.FinishAsync();
    }

    /// <summary>The library: every data sheet (settings, units, indicators, targets, the 100 000 observations) with widths, filters and frozen headers.</summary>
    [Benchmark]
    public Task ScorecardWorkbook_Data() => ScorecardWorkbook.WriteDataAsync(scorecard, Stream.Null);
}
