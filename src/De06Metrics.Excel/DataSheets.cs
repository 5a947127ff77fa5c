using System.Globalization;
using De06Metrics.Csv;
using De06Metrics.Scorecards;
using De06Metrics.Serialization;
using De06Metrics.Timeline;

namespace De06Metrics.Excel;

/// <summary>
/// A scorecard's data as sheets with the tables of the CSV folder (<see cref="ScorecardTables"/>): a <c>settings</c>
/// sheet, then <c>units</c>, <c>indicators</c>, <c>targets</c>, <c>observations</c> and, for a scorecard on a timeline,
/// <c>successions</c>, and for a scorecard with notes on rows or statuses set by hand, <c>notes</c>. Numbers are number cells; a number Excel's floating point cannot hold exactly is written as its
/// exact text, which the reader reads back the same.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class DataSheets
{
    /// <summary>The columns whose cells are numbers.</summary>
    private static readonly HashSet<string> NumberColumns = new(StringComparer.Ordinal)
    {
        "value", "high", "tolerance", "numerator", "denominator", "max_score", "decimals",
        "baseline_year", "baseline_value", "end_year", "end_value",
    };

    /// <summary>The names of every data sheet, which the report's sheets never take.</summary>
    public static IReadOnlyList<string> Names { get; } = [ScorecardWorkbook.SettingsSheetName, .. ScorecardTables.All.Select(ScorecardWorkbook.SheetNameOf)];

    public static async ValueTask WriteAsync(SheetWriter writer, Scorecard scorecard, CancellationToken cancellationToken)
    {
        await writer.WriteTableAsync(ScorecardWorkbook.SettingsSheetName, ["setting", "value"], () => Settings(scorecard), cancellationToken).ConfigureAwait(false);
        foreach (var table in ScorecardTables.All)
        {
            if (ScorecardTables.IsLeftOut(scorecard, table))
            {
                continue;
            }

            var columns = ScorecardTables.ColumnsFor(scorecard, table);
            var numeric = columns.Select(NumberColumns.Contains).ToArray();
            await writer.WriteTableAsync(ScorecardWorkbook.SheetNameOf(table), columns, () => Rows(scorecard, table, numeric), cancellationToken).ConfigureAwait(false);
        }
    }

    private static IEnumerable<SheetCell[]> Settings(Scorecard scorecard)
    {
        // Number cells have no decimal separator; the setting says how a number typed as text is read.
        yield return [ScorecardCsv.DecimalSeparatorSetting, "point"];
        if (scorecard.Timeline is { } timeline)
        {
            yield return [ScorecardCsv.SuccessionDatesSetting, timeline.Basis == SuccessionDateBasis.Legal ? "legal" : "operational"];
        }

        if (scorecard.DataClosingRule is { } closing)
        {
            yield return [ScorecardCsv.DataClosingSetting, TrajectoryRules.FormatDataClosing(closing)];
        }

        foreach (var (_, name, value) in OptionRules.Written(scorecard.Options))
        {
            yield return [name, OptionRules.CsvText(value, decimalComma: false)];
        }
    }

    private static IEnumerable<SheetCell[]> Rows(Scorecard scorecard, ScorecardTable table, bool[] numeric)
    {
        foreach (var row in ScorecardTables.RowsOf(scorecard, table, DecimalSeparator.Point))
        {
            var cells = new SheetCell[row.Length];
            for (var i = 0; i < row.Length; i++)
            {
                cells[i] = numeric[i] && row[i].Length > 0 && decimal.TryParse(row[i], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
                    ? SheetCell.ExactNumber(number)
                    : new SheetCell(row[i]);
            }

            yield return cells;
        }
    }
}
