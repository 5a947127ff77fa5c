using System.Collections.Immutable;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Units;

namespace De06Metrics.Serialization;

/// <summary>
/// The tabular form of a scorecard: each table's columns, and a scorecard's rows as text ready for a CSV writer or a
/// spreadsheet. <see cref="ScorecardTableReader"/> reads the same form back. See <c>docs/data-format.md</c>.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class ScorecardTables
{
    private static readonly ImmutableArray<string> UnitColumns = ["id", "name_vi", "name_en", "kind", "parent"];

    private static readonly ImmutableArray<string> IndicatorColumns =
    [
        "code", "name_vi", "name_en", "measure", "count_unit_vi", "count_unit_en", "currency", "money_scale", "max_score",
        "polarity", "decimals", "roll_up", "lead", "coordinating",
    ];

    private static readonly ImmutableArray<string> TargetColumns =
    [
        "indicator", "unit", "period", "goal", "value", "high", "tolerance", "lead", "coordinating",
        "source_document", "source_date", "source_note",
    ];

    private static readonly ImmutableArray<string> ObservationColumns =
    [
        "indicator", "unit", "period", "value", "numerator", "denominator", "as_of", "source_document", "source_date", "source_note",
    ];

    /// <summary>Every table, in the order they are read.</summary>
    public static ImmutableArray<ScorecardTable> All { get; } = [ScorecardTable.Units, ScorecardTable.Indicators, ScorecardTable.Targets, ScorecardTable.Observations];

    /// <summary>The table's name, used for its file: <c>units</c>, <c>indicators</c>, <c>targets</c>, <c>observations</c>.</summary>
    /// <param name="table">The table.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="table"/> is not defined.</exception>
    public static string NameOf(ScorecardTable table) => table switch
    {
        ScorecardTable.Units => "units",
        ScorecardTable.Indicators => "indicators",
        ScorecardTable.Targets => "targets",
        ScorecardTable.Observations => "observations",
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, $"Table {(int)table} is not defined."),
    };

    /// <summary>Every column a table may have, in the order they are written.</summary>
    /// <param name="table">The table.</param>
    /// <returns>The column names.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="table"/> is not defined.</exception>
    public static ImmutableArray<string> ColumnsOf(ScorecardTable table) => table switch
    {
        ScorecardTable.Units => UnitColumns,
        ScorecardTable.Indicators => IndicatorColumns,
        ScorecardTable.Targets => TargetColumns,
        ScorecardTable.Observations => ObservationColumns,
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, $"Table {(int)table} is not defined."),
    };

    /// <summary>
    /// The columns a table's header must have; the others may be left out when no row needs them. (The numerator and
    /// denominator of observations may be left out together.)
    /// </summary>
    /// <param name="table">The table.</param>
    /// <returns>The required column names.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="table"/> is not defined.</exception>
    public static ImmutableArray<string> RequiredColumnsOf(ScorecardTable table) => table switch
    {
        ScorecardTable.Units => ["id", "name_vi", "kind"],
        ScorecardTable.Indicators => ["code", "name_vi", "measure", "polarity", "decimals"],
        ScorecardTable.Targets => ["indicator", "unit", "period", "goal", "value"],
        ScorecardTable.Observations => ["indicator", "unit", "period", "value"],
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, $"Table {(int)table} is not defined."),
    };

    /// <summary>
    /// A scorecard's rows of one table as text, in the order of <see cref="ColumnsOf"/>; an empty string is an empty
    /// cell. Numbers are written exactly, without thousands separators; dates as yyyy-MM-dd; periods in the ISO-like
    /// form (<c>2024-Q1</c>).
    /// </summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <param name="table">The table.</param>
    /// <param name="decimalSeparator">The decimal separator to write numbers with.</param>
    /// <returns>The rows, one array of cells each.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scorecard"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="table"/> or <paramref name="decimalSeparator"/> is not defined.</exception>
    /// <exception cref="ArgumentException">
    /// An observation's numerator and denominator would not give its value back by its indicator's measure (a rate's parts
    /// on a count), or a coordinating unit's id holds ';' or ',', the separators of a list of ids: either would read back
    /// as something else.
    /// </exception>
    public static IEnumerable<string[]> RowsOf(Scorecard scorecard, ScorecardTable table, DecimalSeparator decimalSeparator)
    {
        ArgumentNullException.ThrowIfNull(scorecard);
        if (!Enum.IsDefined(decimalSeparator))
        {
            throw new ArgumentOutOfRangeException(nameof(decimalSeparator), decimalSeparator, $"Decimal separator {(int)decimalSeparator} is not defined.");
        }

        _ = ColumnsOf(table);
        return table switch
        {
            ScorecardTable.Units => scorecard.Units.Units.Select(UnitRow),
            ScorecardTable.Indicators => scorecard.Indicators.Select(indicator => IndicatorRow(indicator, decimalSeparator)),
            ScorecardTable.Targets => scorecard.Targets.Select(target => TargetRow(target, decimalSeparator)),
            _ => scorecard.Observations.Select(observation => ObservationRow(scorecard, observation, decimalSeparator)),
        };
    }

    private static string[] UnitRow(ResponsibleUnit unit) =>
        [unit.Id.Value, unit.Name.Vietnamese, unit.Name.English ?? string.Empty, Tokens.UnitKinds.Format(unit.Kind), unit.ParentId?.Value ?? string.Empty];

    private static string[] IndicatorRow(Indicator indicator, DecimalSeparator separator)
    {
        var measure = indicator.Measure;
        var money = measure.Kind == MeasureKind.Money;
        return
        [
            indicator.Code.Value,
            indicator.Name.Vietnamese,
            indicator.Name.English ?? string.Empty,
            Tokens.Measures.Format(Tokens.FormOf(measure)),
            measure.CountUnit?.Vietnamese ?? string.Empty,
            measure.CountUnit?.English ?? string.Empty,
            money ? measure.Currency.Code : string.Empty,
            money ? Tokens.MoneyScales.Format(measure.Scale) : string.Empty,
            measure.Kind == MeasureKind.Score ? Number(measure.MaximumScore, separator) : string.Empty,
            Tokens.Polarities.Format(indicator.Polarity),
            Number(indicator.DisplayDecimals, separator),
            Tokens.RollUps.Format(indicator.RollUp),
            indicator.Responsibility?.Lead.Value ?? string.Empty,
            Coordinating(indicator.Responsibility),
        ];
    }

    private static string[] TargetRow(Target target, DecimalSeparator separator)
    {
        var goal = target.Goal;
        var form = Tokens.FormOf(goal);
        return
        [
            target.Indicator.Value,
            target.Unit.Value,
            Period(target.Period),
            Tokens.Goals.Format(form),
            form is GoalForm.Yes or GoalForm.No ? string.Empty : Number(goal.Low, separator),
            form == GoalForm.Between ? Number(goal.High, separator) : string.Empty,
            form == GoalForm.Exactly ? Number(goal.Tolerance, separator) : string.Empty,
            target.Responsibility?.Lead.Value ?? string.Empty,
            Coordinating(target.Responsibility),
            .. Source(target.Source),
        ];
    }

    private static string[] ObservationRow(Scorecard scorecard, Observation observation, DecimalSeparator separator)
    {
        var (value, numerator, denominator) = ItemRules.Parts(scorecard.GetIndicator(observation.Indicator), observation.Value);
        return
        [
            observation.Indicator.Value,
            observation.Unit.Value,
            Period(observation.Period),
            value is { } v ? Number(v, separator) : string.Empty,
            numerator is { } n ? Number(n, separator) : string.Empty,
            denominator is { } d ? Number(d, separator) : string.Empty,
            observation.AsOf is { } asOf ? FieldValues.FormatDate(asOf) : string.Empty,
            .. Source(observation.Source),
        ];
    }

    private static string[] Source(SourceReference? source) =>
    [
        source?.Document ?? string.Empty,
        source?.IssuedOn is { } date ? FieldValues.FormatDate(date) : string.Empty,
        source?.Note ?? string.Empty,
    ];

    private static string Coordinating(Responsibility? responsibility)
    {
        if (responsibility is null)
        {
            return string.Empty;
        }

        // The cell is a list separated by ';' or ',', so an id holding either would read back as several ids.
        foreach (var unit in responsibility.Coordinating)
        {
            if (unit.Value.AsSpan().IndexOfAny(';', ',') >= 0)
            {
                throw new ArgumentException(
                    $"The coordinating unit '{unit}' (lead '{responsibility.Lead}') cannot be written in a table: a list of unit ids is separated by ';' or ',', so it would read back as several ids. Write the scorecard as JSON, or give the unit an id without these characters.",
                    nameof(responsibility));
            }
        }

        return string.Join("; ", responsibility.Coordinating.Select(unit => unit.Value));
    }

    private static string Period(ReportingPeriod period) => period.ToString("I", null);

    private static string Number(decimal value, DecimalSeparator separator) => FieldValues.FormatNumber(value, separator);
}
