using System.Globalization;
using System.Collections.Immutable;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Serialization;
using De06Metrics.Timeline;
using De06Metrics.Units;

namespace De06Metrics.Csv;

/// <summary>
/// The tabular form of a scorecard: each table's columns, and a scorecard's rows as text ready for a CSV writer or a
/// spreadsheet. <see cref="ScorecardTableReader"/> reads the same form back. See <c>docs/data-format.md</c>.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class ScorecardTables
{
    private static readonly ImmutableArray<string> UnitColumns = ["id", "name_vi", "name_en", "kind", "parent", "valid_from", "valid_to"];

    private static readonly ImmutableArray<string> UnitColumnsWithoutValidity = ["id", "name_vi", "name_en", "kind", "parent"];

    private static readonly ImmutableArray<string> SuccessionColumns =
    [
        "kind", "effective_on", "operational_on", "unit", "merged", "into", "parts", "name_vi", "name_en", "from", "to", "indicators",
        "description_vi", "description_en", "children_to", "responsibilities_to", "source_document", "source_date", "source_note",
    ];

    private static readonly ImmutableArray<string> IndicatorColumnsBase =
    [
        "code", "name_vi", "name_en", "measure", "count_unit_vi", "count_unit_en", "count_unit_en_singular", "currency", "money_scale", "max_score",
        "polarity", "decimals", "roll_up", "lead", "coordinating",
    ];

    // How figures behave over time is written only when an indicator's is not its measure's natural kind; computed
    // indicators' per unit ("hộ" in "triệu đồng/hộ") and formula only when some indicator is computed or per something.
    private static readonly ImmutableArray<string> AccumulationColumns = ["accumulation"];

    private static readonly ImmutableArray<string> FormulaColumns =
        ["per_unit_vi", "per_unit_en", "per_unit_en_singular", "per_quantity", "formula", "formula_parts"];

    private static readonly ImmutableArray<string> IndicatorColumns = [.. IndicatorColumnsBase, .. AccumulationColumns, .. FormulaColumns];

    // As for observations, a target's amounts are written in whole currency units: the scale is read, never written.
    private static readonly ImmutableArray<string> TargetColumnsWritten =
    [
        "indicator", "unit", "period", "goal", "value", "high", "tolerance", "lead", "coordinating",
        "source_document", "source_date", "source_note",
    ];

    // Where a stock's plan starts: a number with its date, or "previous"; written only for a scorecard that has one.
    private static readonly ImmutableArray<string> TargetStartColumns = ["start", "start_date"];

    private static readonly ImmutableArray<string> TargetColumnsWithStart = [.. TargetColumnsWritten, .. TargetStartColumns];

    private static readonly ImmutableArray<string> TargetColumns = [.. TargetColumnsWritten, "scale", .. TargetStartColumns];

    // The writer writes amounts in whole currency units, so it leaves out the scale an amount may be read at.
    private static readonly ImmutableArray<string> ObservationColumnsWritten =
    [
        "indicator", "unit", "period", "value", "numerator", "denominator", "as_of", "source_document", "source_date", "source_note",
    ];

    // How firm a figure is and the day it was published, written only for a scorecard that has any of them.
    private static readonly ImmutableArray<string> ObservationColumnsWithStatus = [.. ObservationColumnsWritten, "status", "status_note", "published_on"];

    private static readonly ImmutableArray<string> ObservationColumns = [.. ObservationColumnsWithStatus, "scale"];

    // A note on one row (indicator × unit × period): its text, a status set by hand with its reason and author, or both.
    private static readonly ImmutableArray<string> NoteColumns = ["indicator", "unit", "period", "text", "override_status", "override_reason", "override_set_by"];

    // A trajectory of one indicator, for every unit or one: its method, baseline and end, and for the method
    // "milestones" the plan's own milestones ("2022:70|2023:80").
    private static readonly ImmutableArray<string> TrajectoryColumns =
        ["indicator", "unit", "method", "baseline_year", "baseline_value", "end_year", "end_value", "milestones"];

    /// <summary>
    /// Every table, in the order they are read; <see cref="ScorecardTable.Successions"/>, <see cref="ScorecardTable.Notes"/>
    /// and <see cref="ScorecardTable.Trajectories"/> are optional (see <see cref="IsRequired"/>).
    /// </summary>
    public static ImmutableArray<ScorecardTable> All { get; } =
        [ScorecardTable.Units, ScorecardTable.Indicators, ScorecardTable.Targets, ScorecardTable.Observations, ScorecardTable.Successions, ScorecardTable.Notes, ScorecardTable.Trajectories];

    /// <summary>
    /// Whether a scorecard leaves an optional table out when it is written: the successions of a scorecard of one unit
    /// tree, the notes of one without notes, the trajectories of one without trajectories.
    /// </summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <param name="table">The table.</param>
    /// <returns>Whether the table is not written.</returns>
    public static bool IsLeftOut(Scorecard scorecard, ScorecardTable table) => table switch
    {
        ScorecardTable.Successions => scorecard.Timeline is null,
        ScorecardTable.Notes => scorecard.Notes.IsEmpty,
        ScorecardTable.Trajectories => scorecard.Trajectories.IsEmpty,
        _ => false,
    };

    /// <summary>
    /// Whether a scorecard in tabular form must have the table: the units, indicators, targets and observations are
    /// required (a table with no rows is a header alone); the successions only for a scorecard whose units change over
    /// time, the notes only for a scorecard with notes.
    /// </summary>
    /// <param name="table">The table.</param>
    /// <returns><see langword="true"/> for every table but <see cref="ScorecardTable.Successions"/>, <see cref="ScorecardTable.Notes"/> and <see cref="ScorecardTable.Trajectories"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="table"/> is not defined.</exception>
    public static bool IsRequired(ScorecardTable table) => NameOf(table) is var _ && table is not (ScorecardTable.Successions or ScorecardTable.Notes or ScorecardTable.Trajectories);

    /// <summary>The table's name, used for its file: <c>units</c>, <c>indicators</c>, <c>targets</c>, <c>observations</c>, <c>successions</c>.</summary>
    /// <param name="table">The table.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="table"/> is not defined.</exception>
    public static string NameOf(ScorecardTable table) => table switch
    {
        ScorecardTable.Units => "units",
        ScorecardTable.Indicators => "indicators",
        ScorecardTable.Targets => "targets",
        ScorecardTable.Observations => "observations",
        ScorecardTable.Successions => "successions",
        ScorecardTable.Notes => "notes",
        ScorecardTable.Trajectories => "trajectories",
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, $"Table {(int)table} is not defined."),
    };

    /// <summary>
    /// Every column a table may have, in the order they are written. The units' <c>valid_from</c> and <c>valid_to</c>
    /// belong to a scorecard whose units change over time; the observations' and targets' <c>scale</c> (an amount's
    /// declared money scale, such as <c>tỷ đồng</c>) is read, never written; <see cref="ColumnsFor"/> gives the columns written for one scorecard.
    /// </summary>
    /// <param name="table">The table.</param>
    /// <returns>The column names.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="table"/> is not defined.</exception>
    public static ImmutableArray<string> ColumnsOf(ScorecardTable table) => table switch
    {
        ScorecardTable.Units => UnitColumns,
        ScorecardTable.Indicators => IndicatorColumns,
        ScorecardTable.Targets => TargetColumns,
        ScorecardTable.Observations => ObservationColumns,
        ScorecardTable.Successions => SuccessionColumns,
        ScorecardTable.Notes => NoteColumns,
        ScorecardTable.Trajectories => TrajectoryColumns,
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, $"Table {(int)table} is not defined."),
    };

    /// <summary>
    /// The columns <see cref="RowsOf"/> writes for a scorecard, in order: those of <see cref="ColumnsOf"/>, except the
    /// units' validity for a scorecard of one unit tree, so that such a scorecard is written exactly as before timelines existed,
    /// the indicators' per unit and formula when no indicator is computed or per something else,
    /// and the observations' and targets' <c>scale</c>, since amounts are written in whole currency units.
    /// </summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <param name="table">The table.</param>
    /// <returns>The column names.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scorecard"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="table"/> is not defined.</exception>
    public static ImmutableArray<string> ColumnsFor(Scorecard scorecard, ScorecardTable table)
    {
        ArgumentNullException.ThrowIfNull(scorecard);
        return table switch
        {
            ScorecardTable.Units when scorecard.Timeline is null => UnitColumnsWithoutValidity,
            ScorecardTable.Indicators =>
                [.. IndicatorColumnsBase, .. WritesAccumulation(scorecard) ? AccumulationColumns : [], .. scorecard.Indicators.Any(NeedsFormulaColumns) ? FormulaColumns : []],
            ScorecardTable.Observations => HasStatus(scorecard) ? ObservationColumnsWithStatus : ObservationColumnsWritten,
            ScorecardTable.Targets => HasStart(scorecard) ? TargetColumnsWithStart : TargetColumnsWritten,
            _ => ColumnsOf(table),
        };
    }

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
        ScorecardTable.Successions => ["kind", "effective_on", "source_document"],
        ScorecardTable.Notes => ["indicator", "unit", "period"],
        ScorecardTable.Trajectories => ["indicator", "method", "baseline_year", "baseline_value", "end_year", "end_value"],
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, $"Table {(int)table} is not defined."),
    };

    /// <summary>
    /// A scorecard's rows of one table as text, in the order of <see cref="ColumnsFor"/>; an empty string is an empty
    /// cell. Numbers are written exactly, without thousands separators; dates as yyyy-MM-dd; periods in the ISO-like
    /// form (<c>2024-Q1</c>).
    /// </summary>
    /// <remarks>
    /// For a scorecard built on a timeline, the units are every unit the timeline knows, each as it stood when it came
    /// into force (renames are successions), with its first and last day; the successions are its events in the order
    /// they apply. A scorecard of one tree has no succession rows.
    /// </remarks>
    /// <param name="scorecard">The scorecard.</param>
    /// <param name="table">The table.</param>
    /// <param name="decimalSeparator">The decimal separator to write numbers with.</param>
    /// <returns>The rows, one array of cells each.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scorecard"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="table"/> or <paramref name="decimalSeparator"/> is not defined.</exception>
    /// <exception cref="ArgumentException">
    /// An observation's numerator and denominator would not give its value back by its indicator's measure (a rate's
    /// parts on a count), a coordinating unit's id holds ';' or ',' (the separators of a list of ids), or a succession
    /// names a unit whose id holds a character its cell's list uses (<c>; , | = :</c>): either would read back as
    /// something else.
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
            ScorecardTable.Units when scorecard.Timeline is { } timeline => timeline.KnownUnits.Select(id => UnitRow(timeline, id)),
            ScorecardTable.Units => scorecard.Units.Units.Select(UnitRow),
            ScorecardTable.Successions => scorecard.Timeline?.Events.Select(e => SuccessionRow(scorecard, e, decimalSeparator)) ?? [],
            ScorecardTable.Indicators => IndicatorRows(scorecard, decimalSeparator),
            ScorecardTable.Targets => TargetRows(scorecard, decimalSeparator),
            ScorecardTable.Notes => scorecard.Notes.Select(NoteRow),
            ScorecardTable.Trajectories => scorecard.Trajectories.Select(trajectory => TrajectoryRow(trajectory, decimalSeparator)),
            _ => ObservationRows(scorecard, decimalSeparator),
        };
    }

    // Whether the optional columns are written is decided once per table, when its rows are first read, not once a row.
    private static IEnumerable<string[]> IndicatorRows(Scorecard scorecard, DecimalSeparator separator)
    {
        var withAccumulation = WritesAccumulation(scorecard);
        var withFormulas = scorecard.Indicators.Any(NeedsFormulaColumns);
        foreach (var indicator in scorecard.Indicators)
        {
            var row = IndicatorRow(indicator, separator, withAccumulation);
            yield return withFormulas ? [.. row, .. FormulaCells(indicator, separator)] : row;
        }
    }

    private static IEnumerable<string[]> TargetRows(Scorecard scorecard, DecimalSeparator separator)
    {
        var withStart = HasStart(scorecard);
        foreach (var target in scorecard.Targets)
        {
            yield return TargetRow(target, separator, withStart);
        }
    }

    private static IEnumerable<string[]> ObservationRows(Scorecard scorecard, DecimalSeparator separator)
    {
        var withStatus = HasStatus(scorecard);
        foreach (var observation in scorecard.Observations)
        {
            yield return ObservationRow(scorecard, observation, separator, withStatus);
        }
    }

    private static string[] UnitRow(ResponsibleUnit unit) =>
        [unit.Id.Value, unit.Name.Vietnamese, unit.Name.English ?? string.Empty, Tokens.UnitKinds.Format(unit.Kind), unit.ParentId?.Value ?? string.Empty];

    private static string[] UnitRow(UnitTimeline timeline, UnitId id)
    {
        var validity = timeline.ValidityOf(id);
        return
        [
            .. UnitRow(timeline.VersionsOf(id)[0].Unit),
            validity.Start is { } first ? ValueText.FormatDate(first) : string.Empty,
            validity.End is { } last ? ValueText.FormatDate(last) : string.Empty,
        ];
    }

    private static string[] SuccessionRow(Scorecard scorecard, SuccessionEvent e, DecimalSeparator separator)
    {
        var row = new string[SuccessionColumns.Length];
        Array.Fill(row, string.Empty);
        void Set(string column, string? value) => row[SuccessionColumns.IndexOf(column)] = value ?? string.Empty;
        Set("kind", Tokens.SuccessionKinds.Format(e.Kind));
        Set("effective_on", ValueText.FormatDate(e.EffectiveOn));
        Set("operational_on", e.HasSeparateOperationalDate ? ValueText.FormatDate(e.OperationalOn) : null);
        switch (e)
        {
            case UnitEstablishment establishment:
                Set("unit", establishment.Unit.Id.Value);
                break;
            case UnitMerger merger:
                Set("merged", List(merger.Merged.Select(unit => unit.Value)));
                Set("into", merger.Successor.Value);
                break;
            case UnitSplit split:
                Set("unit", split.Unit.Value);
                foreach (var id in split.Parts.SelectMany(part => part.Children.Prepend(part.Successor)).Where(id => id.Value.AsSpan().IndexOfAny("|=:;,") >= 0))
                {
                    throw new ArgumentException($"The {e} cannot be written: unit id '{id}' holds a character the parts cell uses (| = : ; ,).", nameof(scorecard));
                }

                Set("parts", PartsCell.Format(split, separator));
                break;
            case UnitRename rename:
                Set("unit", rename.Unit.Value);
                Set("name_vi", rename.NewName.Vietnamese);
                Set("name_en", rename.NewName.English);
                break;
            case FunctionTransfer transfer:
                Set("from", transfer.From.Value);
                Set("to", transfer.To.Value);
                Set("indicators", List(transfer.Indicators.Select(code => code.Value)));
                Set("description_vi", transfer.Description?.Vietnamese);
                Set("description_en", transfer.Description?.English);
                break;
            case UnitAbolition abolition:
                Set("unit", abolition.Unit.Value);
                Set("children_to", abolition.ChildrenMoveTo?.Value);
                Set("responsibilities_to", abolition.ResponsibilitiesTo?.Value);
                break;
        }

        var source = Source(e.Source);
        Set("source_document", source[0]);
        Set("source_date", source[1]);
        Set("source_note", source[2]);
        return row;

        string List(IEnumerable<string> ids)
        {
            var list = ids.ToList();
            if (list.FirstOrDefault(id => id.AsSpan().IndexOfAny(";,") >= 0) is { } bad)
            {
                throw new ArgumentException($"The {e} cannot be written: id '{bad}' holds a list separator (; or ,).", nameof(scorecard));
            }

            return string.Join("; ", list);
        }
    }

    private static bool NeedsFormulaColumns(Indicator indicator) => indicator.Formula is not null || indicator.Measure.PerUnit is not null;

    private static string[] FormulaCells(Indicator indicator, DecimalSeparator separator)
    {
        var measure = indicator.Measure;
        return
        [
            measure.PerUnit?.Vietnamese ?? string.Empty,
            measure.PerUnit?.English ?? string.Empty,
            measure.PerUnitSingular ?? string.Empty,
            measure.PerUnit is not null && measure.PerQuantity != 1m ? Number(measure.PerQuantity, separator) : string.Empty,
            indicator.Formula is { } formula ? Tokens.Formulas.Format(formula.Kind) : string.Empty,
            indicator.Formula is { } parts ? string.Join("; ", parts.Parts.Select(part => part.Value)) : string.Empty,
        ];
    }

    // Whether some indicator's accumulation kind is not its measure's natural one, so the column is written.
    private static bool WritesAccumulation(Scorecard scorecard) =>
        scorecard.Indicators.Any(indicator => indicator.Accumulation != Indicator.DefaultAccumulation(indicator.Measure));

    private static string[] IndicatorRow(Indicator indicator, DecimalSeparator separator, bool withAccumulation)
    {
        var measure = indicator.Measure;
        var money = measure.Kind == MeasureKind.Money;
        string[] row =
        [
            indicator.Code.Value,
            indicator.Name.Vietnamese,
            indicator.Name.English ?? string.Empty,
            Tokens.Measures.Format(Tokens.FormOf(measure)),
            measure.CountUnit?.Vietnamese ?? string.Empty,
            measure.CountUnit?.English ?? string.Empty,
            measure.CountUnitSingular ?? string.Empty,
            money ? measure.Currency.Code : string.Empty,
            money ? Tokens.MoneyScales.Format(measure.Scale) : string.Empty,
            measure.Kind == MeasureKind.Score ? Number(measure.MaximumScore, separator) : string.Empty,
            Tokens.Polarities.Format(indicator.Polarity),
            Number(indicator.DisplayDecimals, separator),
            Tokens.RollUps.Format(indicator.RollUp),
            indicator.Responsibility?.Lead.Value ?? string.Empty,
            Coordinating(indicator.Responsibility),
        ];
        return withAccumulation ? [.. row, Tokens.Accumulations.Format(indicator.Accumulation)] : row;
    }

    private static bool HasStart(Scorecard scorecard) => scorecard.Targets.Any(target => target.Start is not null);

    private static string[] TargetRow(Target target, DecimalSeparator separator, bool withStart)
    {
        var goal = target.Goal;
        var form = Tokens.FormOf(goal);
        string[] start = !withStart ? []
            : target.Start is { Value: { } value, Date: { } date } ? [Number(value, separator), date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)]
            : target.Start is not null ? ["previous", string.Empty]
            : [string.Empty, string.Empty];
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
            .. start,
        ];
    }

    private static bool HasStatus(Scorecard scorecard) =>
        scorecard.Observations.Any(observation => observation.Status != ValueStatus.Reported || observation.PublishedOn is not null);

    private static string[] ObservationRow(Scorecard scorecard, Observation observation, DecimalSeparator separator, bool withStatus)
    {
        var (value, numerator, denominator) = ItemRules.Parts(scorecard.GetIndicator(observation.Indicator), observation.Value);
        string[] status = withStatus
            ? [
                observation.Status == ValueStatus.Reported ? string.Empty : Tokens.ValueStatuses.Format(observation.Status),
                observation.StatusNote ?? string.Empty,
                observation.PublishedOn is { } published ? ValueText.FormatDate(published) : string.Empty,
            ]
            : [];
        return
        [
            observation.Indicator.Value,
            observation.Unit.Value,
            Period(observation.Period),
            value is { } v ? Number(v, separator) : string.Empty,
            numerator is { } n ? Number(n, separator) : string.Empty,
            denominator is { } d ? Number(d, separator) : string.Empty,
            observation.AsOf is { } asOf ? ValueText.FormatDate(asOf) : string.Empty,
            .. Source(observation.Source),
            .. status,
        ];
    }

    private static string[] NoteRow(RowNote note) =>
    [
        note.Key.Indicator.Value,
        note.Key.Unit.Value,
        Period(note.Key.Period),
        note.Text ?? string.Empty,
        note.Override is { } set ? Tokens.Verdicts.Format(set.Status) : string.Empty,
        note.Override?.Reason ?? string.Empty,
        note.Override?.SetBy ?? string.Empty,
    ];

    private static string[] TrajectoryRow(ScorecardTrajectory item, DecimalSeparator separator)
    {
        var trajectory = item.Trajectory;
        return
        [
            item.Indicator.Value,
            item.Unit?.Value ?? string.Empty,
            TrajectoryRules.Methods.Format(trajectory.Method),
            trajectory.Baseline.Year.ToString(CultureInfo.InvariantCulture),
            Number(trajectory.Baseline.Value, separator),
            trajectory.Target.Year.ToString(CultureInfo.InvariantCulture),
            Number(trajectory.Target.Value, separator),
            string.Join("|", trajectory.GivenMilestones.Select(m => m.Year.ToString(CultureInfo.InvariantCulture) + ":" + Number(m.Value, separator))),
        ];
    }

    private static string[] Source(SourceReference? source) =>
    [
        source?.Document ?? string.Empty,
        source?.IssuedOn is { } date ? ValueText.FormatDate(date) : string.Empty,
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

    private static string Number(decimal value, DecimalSeparator separator) => CellValues.FormatNumber(value, separator);
}
