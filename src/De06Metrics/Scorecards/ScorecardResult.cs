using System.Collections.Immutable;
using De06Metrics.Evaluation;
using De06Metrics.Indicators;
using De06Metrics.Periods;
using De06Metrics.Text;
using De06Metrics.Timeline;
using De06Metrics.Units;
using NodaTime;

namespace De06Metrics.Scorecards;

/// <summary>
/// A scorecard evaluated for one period: one row per indicator and unit that has a value, a derived value or a
/// target, in catalog order, then unit order. Query it by unit, indicator or status, or ask for the lagging report.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ScorecardResult
{
    private RowIndex? index;

    internal ScorecardResult(Scorecard scorecard, UnitRegistry units, ReportingPeriod period, ReportingPeriod? basePeriod, LocalDate? asOf, ScorecardOptions options, ImmutableArray<ScorecardRow> rows)
    {
        Scorecard = scorecard;
        Period = period;
        BasePeriod = basePeriod;
        AsOf = asOf;
        Options = options;
        Rows = rows;
        Units = units;
        if (scorecard.Timeline is not null)
        {
            ObservationsOutsideUnits = [.. scorecard.Observations.Where(o => o.Period.Equals(period) && !units.Contains(o.Unit))];
            TargetsOutsideUnits = [.. scorecard.Targets.Where(t => t.Period.Equals(period) && !units.Contains(t.Unit))];
        }
    }

    /// <summary>The scorecard evaluated.</summary>
    public Scorecard Scorecard { get; }

    /// <summary>The period evaluated.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>The earlier period changes are measured against, if it exists.</summary>
    /// <remarks>
    /// Under <see cref="FigureChoice.LatestAvailable"/> each indicator has its own base (see
    /// <see cref="ScorecardRow.BasePeriod"/>); this is the one most rows of <see cref="Period"/> are compared with, the
    /// later one on a tie, and <see langword="null"/> when none of them has an earlier figure.
    /// </remarks>
    public ReportingPeriod? BasePeriod { get; }

    /// <summary>The label of <see cref="BasePeriod"/> in a sentence ("năm 2023", "cùng kỳ năm 2023"), if it exists.</summary>
    internal LocalizedText? ComparedWith { get; init; }

    /// <summary>The date the evaluation was made as of, when before the period's end; observations' own as-of dates take precedence.</summary>
    public LocalDate? AsOf { get; }

    /// <summary>The options used.</summary>
    public ScorecardOptions Options { get; }

    /// <summary>
    /// The unit tree the evaluation used: the scorecard's <see cref="Scorecard.Units"/>, or for a scorecard built on a
    /// timeline, the tree in force on <see cref="AsOf"/> or at the period's end.
    /// </summary>
    public UnitRegistry Units { get; }

    /// <summary>
    /// For a scorecard built on a timeline, the observations of <see cref="Period"/> whose units are not in
    /// <see cref="Units"/>, so that they have no row: a 2025 figure of Hà Giang counted to 30 June 2025, in a result
    /// for 2025 made at the year's end. They are not lost: an evaluation as of a date their unit was in force shows them,
    /// and comparisons restate them into their successors. Empty for a scorecard of one tree.
    /// </summary>
    public ImmutableArray<Observation> ObservationsOutsideUnits { get; } = [];

    /// <summary>
    /// For a scorecard built on a timeline, the targets of <see cref="Period"/> whose units are not in <see cref="Units"/>:
    /// a unit created after <see cref="AsOf"/>, for a result made as of a date inside the period. Empty for a scorecard of one tree.
    /// </summary>
    public ImmutableArray<Target> TargetsOutsideUnits { get; } = [];

    /// <summary>Every row, in catalog order, then unit order.</summary>
    public ImmutableArray<ScorecardRow> Rows { get; }

    /// <summary>The rows of one unit.</summary>
    /// <param name="unit">The unit's id.</param>
    /// <returns>The rows, in catalog order.</returns>
    /// <remarks>The first query by unit, indicator or key builds an index of the rows, once; later queries look it up.</remarks>
    public IEnumerable<ScorecardRow> ForUnit(UnitId unit) => Index.ByUnit[unit];

    /// <summary>The rows of one indicator.</summary>
    /// <param name="indicator">The indicator's code.</param>
    /// <returns>The rows, in unit order.</returns>
    public IEnumerable<ScorecardRow> ForIndicator(IndicatorCode indicator) => Index.ByIndicator[indicator];

    /// <summary>The rows whose target status is <paramref name="status"/>; rows without a target have no status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The rows.</returns>
    public IEnumerable<ScorecardRow> WithStatus(TargetStatus status) => Rows.Where(row => row.Status == status);

    /// <summary>The row of one indicator for one unit, or <see langword="null"/> when it has neither value nor target.</summary>
    /// <param name="indicator">The indicator's code.</param>
    /// <param name="unit">The unit's id.</param>
    /// <returns>The row, or <see langword="null"/>.</returns>
    public ScorecardRow? Find(IndicatorCode indicator, UnitId unit) => Index.ByKey.GetValueOrDefault((indicator, unit));

    // A million rows are a million comparisons per query without it; built on the first query, once for every thread.
    private RowIndex Index => index ?? LazyInitializer.EnsureInitialized(ref index, () => new RowIndex(Rows));

    /// <summary>
    /// Who answers for a row on the result's date (<see cref="AsOf"/>, else the period's end), as the lagging report
    /// says it: the row's responsibility carried over to the successors of any unit it names that is no longer in force
    /// then (a department merged, a district abolished).
    /// </summary>
    /// <param name="row">A row of this result.</param>
    /// <returns>
    /// The mapping, whose <see cref="ResponsibilityMapping.Mapped"/> is <see langword="null"/> with a reason when no unit
    /// carries the lead; <see langword="null"/> when every unit the row names is in force, or the scorecard has no
    /// timeline.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is <see langword="null"/>.</exception>
    public ResponsibilityMapping? CarryOver(ScorecardRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return LaggingReport.Carry(Scorecard.Timeline, Units, row, AsOf ?? Period.End);
    }

    /// <summary>
    /// The lead unit of a row as a report names it on the result's date: the unit that answers for it then (see
    /// <see cref="CarryOver"/>), or, when no unit took the lead over, the unit assigned with the reason ("Huyện Sơn
    /// Dương (đã giải thể từ 1/7/2025, không có đơn vị kế thừa)").
    /// </summary>
    /// <param name="row">A row of this result.</param>
    /// <param name="language">The language.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public string DescribeLead(ScorecardRow row, Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return CarryOver(row) switch
        {
            { Mapped: { } today } => NameOf(today.Lead).In(language),
            { } gone => $"{NameOf(row.Responsibility.Lead).In(language)} ({CarriedText.NoSuccessor(Scorecard.Timeline!, gone.Lead, language)})",
            null => NameOf(row.Responsibility.Lead).In(language),
        };
    }

    /// <summary>The name of a unit the result may name: from <see cref="Units"/>, else from the timeline for a unit that has gone, else its id.</summary>
    /// <param name="unit">The unit's id.</param>
    /// <returns>The name.</returns>
    public LocalizedText NameOf(UnitId unit) =>
        Units.TryGet(unit, out var inForce) ? inForce.Name : Scorecard.Timeline?.NameOf(unit) ?? new LocalizedText(unit.Value);

    /// <summary>
    /// The rows that need a note explaining them and have none (see <see cref="ScorecardOptions.RequireNoteWhenNotMet"/>),
    /// in row order; empty when the options do not ask for notes.
    /// </summary>
    public IEnumerable<ScorecardRow> RowsWithoutRequiredNote => Rows.Where(row => row.IsMissingNote);

    /// <summary>
    /// The legend of the marks the rows carry, one line per status that occurs in a value, a base or a change, firmest
    /// first: "(suy ra): số liệu nguồn không nêu trực tiếp, suy ra từ nội dung nguồn". Empty when every figure is
    /// reported.
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The lines.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<string> DescribeStatusLegend(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return [.. Rows.SelectMany(row => new[] { row.ValueStatus, row.BaseStatus, row.ChangeStatus })
            .Where(status => status != ValueStatus.Reported)
            .Distinct()
            .Order()
            .Select(status => status.DescribeLegend(language))];
    }

    /// <summary>
    /// The grades of every row: "7/8 chỉ tiêu đạt và vượt; 1 chỉ tiêu chưa đạt" (see <see cref="GradeSummary"/>).
    /// </summary>
    public GradeSummary Grades => GradeSummary.Of(Rows);

    /// <summary>The grades of one unit's rows (see <see cref="GradeSummary"/>); all zero for a unit with no rows.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The unit's counts.</returns>
    public GradeSummary GradesFor(UnitId unit) => GradeSummary.Of(ForUnit(unit));

    /// <summary>
    /// The period reported on and the one compared with, as a report states them: "Kỳ báo cáo: quý I/2024; so sánh với
    /// năm 2023" / "Reporting period: Q1 2024; compared with 2023"; without a base period, the first clause alone.
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The text, without a full stop.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// A row of another period (an indicator shown for its latest earlier figures) or compared with another base says
    /// so itself (<see cref="ScorecardRow.DescribeChange"/>).
    /// </remarks>
    public string DescribePeriods(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var reported = PeriodText.InSentence(Period, language);
        var comparedWith = ComparedWith ?? (BasePeriod is { } basePeriod ? Growth.SeriesChanges.ComparisonLabel(basePeriod, Growth.PeriodComparison.PreviousPeriod) : null);
        return comparedWith is { } label
            ? language.Format(Phrase.ScorecardPeriodComparedWith, reported, label.In(language))
            : language.Format(Phrase.ScorecardPeriodReported, reported);
    }

    /// <summary>
    /// Whether <see cref="Period"/> is compared with a base of another kind (the first quarter of 2024 with the whole of
    /// 2023) and the options flag such a comparison (<see cref="ScorecardOptions.AcrossPeriodKinds"/> is
    /// <see cref="PeriodKindMismatch.Flag"/>, the default): changes between periods of different lengths mislead unless
    /// the reader knows. Not set when the options allow the comparison, nor when they refuse it (no change is then computed,
    /// and each row says why: <see cref="ScorecardRow.NotComparedReason"/>).
    /// </summary>
    public bool ComparesAcrossPeriodKinds =>
        Options.AcrossPeriodKinds == PeriodKindMismatch.Flag && BasePeriod is { } basePeriod && basePeriod.Kind != Period.Kind;

    /// <summary>
    /// The warning for a comparison across period kinds: "Quý I/2024 được so sánh với năm 2023, một kỳ có độ dài khác" /
    /// "Q1 2024 is compared with year 2023, a period of another length"; <see langword="null"/> when
    /// <see cref="ComparesAcrossPeriodKinds"/> is not set.
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The warning, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    public string? DescribeComparisonAcrossKinds(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return ComparesAcrossPeriodKinds
            ? language.Format(Phrase.ComparisonAcrossKinds, Period.ToString(null, language), PeriodText.InSentence(BasePeriod!, language))
            : null;
    }

    /// <summary>The lagging report: for each lead unit, what is not met, behind schedule, declining or without data, most severe first.</summary>
    /// <returns>The report.</returns>
    public LaggingReport Lagging() => LaggingReport.From(this, null);

    /// <summary>
    /// The lagging report with each item's place in a weighted tree: the area and objective its indicator belongs to
    /// ("thuộc lĩnh vực Dịch vụ công trực tuyến"), see <see cref="LaggingItem.Groups"/>.
    /// </summary>
    /// <param name="tree">The scorecard's tree; an indicator it does not hold has no place.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tree"/> is <see langword="null"/>.</exception>
    public LaggingReport Lagging(ScorecardTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        return LaggingReport.From(this, tree);
    }

    private sealed class RowIndex(ImmutableArray<ScorecardRow> rows)
    {
        public Dictionary<(IndicatorCode, UnitId), ScorecardRow> ByKey { get; } = rows.ToDictionary(row => (row.Indicator.Code, row.Unit.Id));

        public ILookup<UnitId, ScorecardRow> ByUnit { get; } = rows.ToLookup(row => row.Unit.Id);

        public ILookup<IndicatorCode, ScorecardRow> ByIndicator { get; } = rows.ToLookup(row => row.Indicator.Code);
    }
}
