using System.Diagnostics;
using System.Globalization;
using System.Text;
using De06Metrics.Cli.Output;
using De06Metrics.Excel;
using De06Metrics.Reporting;
using De06Metrics.Scorecards;
using De06Metrics.Text;
using NodaTime;
using SpreadCheetah;

namespace De06Metrics.Benchmarks.Reporting;

/// <summary>
/// <c>--peak FORMAT FILE [COMMUNES]</c>: evaluates <see cref="ReportScorecard"/> (of 1 000 communes, 100 000 rows, unless
/// another number of communes is given: 100 makes 10 000 rows) and writes its report in one format to a file, once,
/// in a process of its own, so that <c>/usr/bin/time -v</c> gives the peak memory (maximum resident set) of writing
/// it; <c>bare</c> writes the rows' cells tab-separated, the floor the text formats are compared with, and
/// <c>bare-xlsx</c> writes the same cells, and the scorecard's data, with the bare workbook writer (SpreadCheetah, plain
/// cells), the floor the workbook is compared with. Prints the bytes allocated and the time of the writing alone.
/// </summary>
internal static class PeakMemory
{
    /// <summary>The formats: the baseline, then those of <c>de06 report</c> (<c>table</c> at 120 columns, <c>table-wide</c> at 320).</summary>
    public static readonly string[] Formats = ["bare", "bare-xlsx", "table", "table-wide", "md", "csv", "json", "html", "xlsx"];

    public static int Run(string[] args)
    {
        var communes = ReportScorecard.Communes;
        if (args.Length is not (2 or 3) || !Formats.Contains(args[0])
            || (args.Length == 3 && !int.TryParse(args[2], NumberStyles.None, CultureInfo.InvariantCulture, out communes)) || communes < 1)
        {
            Console.Error.WriteLine($"usage: --peak {string.Join('|', Formats)} FILE [COMMUNES]");
            return 2;
        }

        var language = Language.Vietnamese;
        var result = ReportScorecard.Evaluate(communes);
        var table = EvaluationReport.Build(result, language) with { Result = null };
        GC.Collect();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        using (var file = File.Create(args[1]))
        {
            if (args[0] == "xlsx")
            {
                ScorecardWorkbook.Write(result, file, language);
            }
            else if (args[0] == "bare-xlsx")
            {
                WriteBareWorkbook(table, result.Scorecard, file);
            }
            else
            {
                using var output = new StreamWriter(file, new UTF8Encoding(false), 64 * 1024);
                switch (args[0])
                {
                    case "bare":
                        WriteBare(table, output);
                        break;
                    case "html":
                        HtmlReport.Write(result, output, new HtmlReportOptions(language, new LocalDate(2024, 4, 5)));
                        break;
                    case "table":
                        Writers.Write(table, ReportFormat.Table, output, colour: false, width: 120);
                        break;
                    case "table-wide":
                        Writers.Write(table, ReportFormat.Table, output, colour: false, width: TerminalWriter.RedirectedWidth);
                        break;
                    default:
                        Writers.Write(table, Enum.Parse<ReportFormat>(args[0], ignoreCase: true), output, colour: false);
                        break;
                }
            }
        }

        clock.Stop();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{args[0]}, {result.Rows.Length} rows: {new FileInfo(args[1]).Length} bytes written in {clock.ElapsedMilliseconds} ms, {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1024} KB allocated"));
        return 0;
    }

    /// <summary>
    /// The rows' cells as text cells on one sheet, then the scorecard's units, targets and observations as plain cells
    /// (numbers as number cells) on a sheet each, with the bare workbook writer: the cells the report workbook writes
    /// beyond its summary and lagging list, in as many sheets, without its styles, column widths or second pass.
    /// </summary>
    public static void WriteBareWorkbook(ReportTable table, Scorecard scorecard, Stream stream)
    {
        using var spreadsheet = Spreadsheet.CreateNewAsync(stream, new SpreadCheetahOptions { WriteCellReferenceAttributes = true }).AsTask().GetAwaiter().GetResult();
        void Sheet<T>(string name, IEnumerable<T> items, Func<T, Cell[]> cells)
        {
            spreadsheet.StartWorksheetAsync(name).AsTask().GetAwaiter().GetResult();
            foreach (var item in items)
            {
                spreadsheet.AddRowAsync(cells(item)).AsTask().GetAwaiter().GetResult();
            }
        }

        Sheet("results", table.Rows, row => [.. row.Cells.Select(cell => new Cell(cell))]);
        Sheet("units", scorecard.Units.Units, unit => [new(unit.Id.Value), new(unit.Name.Vietnamese), new(unit.ParentId?.Value ?? string.Empty)]);
        Sheet("targets", scorecard.Targets, target => [new(target.Indicator.Value), new(target.Unit.Value), new(target.Period.ToString(null, CultureInfo.InvariantCulture)), new(target.Goal.Low)]);
        Sheet("observations", scorecard.Observations, observation => [new(observation.Indicator.Value), new(observation.Unit.Value), new(observation.Period.ToString(null, CultureInfo.InvariantCulture)), new(observation.Value.Value)]);
        spreadsheet.FinishAsync().AsTask().GetAwaiter().GetResult();
    }

    /// <summary>The rows' cells, tab-separated, one row a line, with the bare writer.</summary>
    public static void WriteBare(ReportTable table, TextWriter output)
    {
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
}
