using De06Metrics.Evaluation;
using De06Metrics.Growth;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Ranking;
using De06Metrics.Text;
using De06Metrics.Timeline;
using De06Metrics.Units;
using NodaTime;

namespace De06Metrics.Scorecards;

/// <summary>
/// One indicator for one unit in one period, evaluated: the value (reported or derived from the unit's children),
/// the target and how the value stands against it, the change against an earlier period, the rank among peer units,
/// and who answers for it. It can say itself as a sentence in Vietnamese and English.
/// </summary>
/// <remarks>
/// <para>
/// Plain immutable data that a host can bind to a grid or serialise; thread-safe. The value, the status and the peer
/// rank are worked out when the scorecard is evaluated; the objects that explain them (<see cref="Evaluation"/>,
/// <see cref="Change"/>, <see cref="RelativeChange"/>) are built from the row's own inputs the first time they are read
/// and kept, so a scorecard of a million rows does not build three million explanations that nobody reads. Every
/// reader, on any thread, gets the same instance: when two threads build one at once, the first one stored wins.
/// </para>
/// </remarks>
public sealed class ScorecardRow
{
    private readonly RowContext context;
    private readonly Derivation? derivation;
    private readonly Observation? baseReported;
    private readonly Derivation? baseDerivation;
    private TargetEvaluation? evaluation;
    private ValueChange? change;
    private ValueChange? relativeChange;

    internal ScorecardRow(
        RowContext context,
        int position,
        Indicator indicator,
        ResponsibleUnit unit,
        Observation? reported,
        Derivation? derivation,
        Target? target,
        TargetStatus? status,
        ScheduleVariance? schedule,
        Observation? baseReported,
        Derivation? baseDerivation,
        FieldRank? peerRank,
        Responsibility responsibility)
    {
        this.context = context;
        Position = position;
        Indicator = indicator;
        Unit = unit;
        Reported = reported;
        this.derivation = derivation;
        Target = target;
        Status = status;
        Schedule = schedule;
        this.baseReported = baseReported;
        this.baseDerivation = baseDerivation;
        PeerRank = peerRank;
        Responsibility = responsibility;
    }

    /// <summary>The indicator.</summary>
    public Indicator Indicator { get; }

    /// <summary>
    /// The unit's position in the tree the row was evaluated in, where a computed indicator's value is read from the
    /// column of its values (see <see cref="ComputedColumn"/>).
    /// </summary>
    internal int Position { get; }

    /// <summary>The unit.</summary>
    public ResponsibleUnit Unit { get; }

    /// <summary>The period evaluated.</summary>
    public ReportingPeriod Period => context.Period;

    /// <summary>The observation reported for the unit itself, if any.</summary>
    public Observation? Reported { get; }

    /// <summary>
    /// The value derived from the unit's children by the indicator's roll-up rule, or for a computed indicator the
    /// value its formula computed from its parts' values (<see cref="Origin"/> says which), if any.
    /// </summary>
    public MeasuredValue? Derived => derivation?.ValueAt(Position);

    /// <summary>How many children's values went into <see cref="Derived"/>; zero when nothing was derived.</summary>
    public int DerivedFromChildren => derivation is { IsComputed: false, From: var from } ? from : 0;

    /// <summary>
    /// Why the children's values could not be combined (a rate without its parts, say), for a developer, in English, or
    /// <see langword="null"/>. <see cref="MissingValueReason"/> says it for a reader.
    /// </summary>
    public string? DerivationProblem => derivation?.ProblemAt(Position);

    /// <summary>
    /// Why the row has no value: <see cref="NotMeaningfulReason.None"/> when it has one (<see cref="Actual"/>);
    /// <see cref="NotMeaningfulReason.ChildrenWithoutParts"/> or <see cref="NotMeaningfulReason.OutOfRange"/> when
    /// nothing was reported for the unit and its children's values could not be rolled up, or their sum lies further
    /// from the target than <see cref="decimal"/> holds and cannot be judged (the details are in
    /// <see cref="DerivationProblem"/>); for a computed indicator (see <see cref="Indicators.Indicator.Formula"/>),
    /// <see cref="NotMeaningfulReason.MissingPart"/>, <see cref="NotMeaningfulReason.ZeroDenominator"/>,
    /// <see cref="NotMeaningfulReason.OutsideMeasure"/> or <see cref="NotMeaningfulReason.OutOfRange"/> when its
    /// formula gave no value; else <see cref="NotMeaningfulReason.NoData"/>.
    /// </summary>
    /// <remarks>
    /// A reported value stands even when the children's values do not roll up: the reason is then
    /// <see cref="NotMeaningfulReason.None"/> and <see cref="DerivationProblem"/> still says what failed.
    /// </remarks>
    public NotMeaningfulReason MissingValueReason => Actual is not null
        ? NotMeaningfulReason.None
        : derivation?.ReasonAt(Position) is { } reason and not NotMeaningfulReason.None ? reason : NotMeaningfulReason.NoData;

    /// <summary>The value the row stands on: the reported one when there is one, else the derived one.</summary>
    public MeasuredValue? Actual => Reported?.Value ?? Derived;

    /// <summary>Where <see cref="Actual"/> comes from.</summary>
    public ValueOrigin Origin => Reported is not null ? ValueOrigin.Reported
        : Derived is null ? ValueOrigin.None
        : derivation!.IsComputed ? ValueOrigin.Computed : ValueOrigin.Derived;

    /// <summary>The date the value was counted up to, when that is before the end of the period.</summary>
    public LocalDate? AsOf => Reported?.AsOf;

    /// <summary>
    /// Whether a reported value and the value derived from the children disagree at the indicator's display precision,
    /// so a reader should look at both.
    /// </summary>
    public bool HasConflict => Reported is { } reported && Derived is { } derived &&
        Math.Round(reported.Value.Value, Indicator.DisplayDecimals, MidpointRounding.AwayFromZero) !=
        Math.Round(derived.Value, Indicator.DisplayDecimals, MidpointRounding.AwayFromZero);

    /// <summary>The target for the unit and period, if one was assigned.</summary>
    public Target? Target { get; }

    /// <summary>How the value stands against the target; <see langword="null"/> when there is no target.</summary>
    public TargetEvaluation? Evaluation => Target is null
        ? null
        : evaluation ?? LazyInitializer.EnsureInitialized(ref evaluation, EvaluateTarget);

    /// <summary>The target status; <see langword="null"/> when there is no target.</summary>
    public TargetStatus? Status { get; }

    /// <summary>
    /// Time-elapsed progress, for a cumulative measure (a count or money) counted to a date before the period's end:
    /// whether the value is behind the linear plan ("chậm tiến độ").
    /// </summary>
    public ScheduleVariance? Schedule { get; }

    /// <summary>The earlier period the value is compared with, if it exists.</summary>
    public ReportingPeriod? BasePeriod => context.BasePeriod;

    /// <summary>
    /// The value compared against: the unit's value in <see cref="BasePeriod"/>, reported or derived; for a scorecard
    /// built on a timeline, the base restated into the units of <see cref="Period"/> when the unit changed in between
    /// (see <see cref="ComparisonBase"/>). <see langword="null"/> for a gap, or when the base is not comparable.
    /// </summary>
    public MeasuredValue? BaseValue => ComparisonBase is { } comparison ? comparison.Value : baseReported?.Value ?? baseDerivation?.ValueAt(Position);

    /// <summary>
    /// The absolute change against <see cref="BasePeriod"/>: percentage points for rates, the measure's unit otherwise;
    /// not meaningful, with the reason <see cref="NotMeaningfulReason.PeriodKindMismatch"/>, when the options refuse a
    /// base of another period kind (<see cref="NotComparedReason"/>).
    /// </summary>
    public ValueChange? Change => ChangeApplies
        ? change ?? LazyInitializer.EnsureInitialized(ref change, AbsoluteChange)
        : null;

    /// <summary>The relative change against <see cref="BasePeriod"/>, in percent (not meaningful for a zero base, with the reason).</summary>
    public ValueChange? RelativeChange => ChangeApplies
        ? relativeChange ?? LazyInitializer.EnsureInitialized(ref relativeChange, PercentChange)
        : null;

    /// <summary>For a rank indicator, the movement from <see cref="BasePeriod"/> ("tăng 29 bậc"), flagged when the fields differ in size; <see langword="null"/> when the comparison is refused (<see cref="NotComparedReason"/>).</summary>
    public RankChange? RankChange => !context.RefusesBase && Indicator.Measure.Kind == MeasureKind.Rank && Actual is { HasParts: true } now && BaseValue is { HasParts: true } then
        ? ComparisonBase is { IsComparable: false }
            ? Ranking.RankChange.AcrossFields(FieldRankOf(then), FieldRankOf(now))
            : Ranking.RankChange.Between(FieldRankOf(then), FieldRankOf(now))
        : null;

    /// <summary>The rank among peer units (same kind, same parent) that have a value, best first by the indicator's polarity ("1224" ties).</summary>
    public FieldRank? PeerRank { get; }

    /// <summary>Who answers for the row: the target's responsibility, else the indicator's, else the unit itself.</summary>
    public Responsibility Responsibility { get; }

    /// <summary>
    /// Why the row is in the lagging report (<see cref="ScorecardResult.Lagging()"/>): a target not met, without data,
    /// behind schedule or its plan, declining, off its trajectory; <see cref="Scorecards.LaggingReasons.None"/> when it
    /// does not lag. The same reasons as its <see cref="LaggingItem.Reasons"/>.
    /// </summary>
    public LaggingReasons LaggingReasons => LaggingReport.ReasonsOf(this);

    /// <summary>Whether the value is worse than in <see cref="BasePeriod"/>, by the indicator's polarity.</summary>
    public bool IsDeclining => Change is { IsMeaningful: true, Assessment: ChangeAssessment.Deterioration } || RankChange is { IsComparable: true, PlacesGained: < 0 };

    /// <summary>Whether the value is behind the time-elapsed plan.</summary>
    public bool IsBehindSchedule => Schedule is { Status: ScheduleStatus.BehindSchedule } || PlanShare is { IsBehind: true };

    /// <summary>
    /// For a row without a target of its own period, the figure against the target of the shortest longer period
    /// that contains it and has one for the unit: a quarter's dossiers as a share of the annual plan, with the share
    /// expected by the day the figure is counted to (its own as-of day, else the evaluation's, else the quarter's end:
    /// <see cref="De06Metrics.Evaluation.PlanShare.CountedTo"/>), or a quarter's rate against the year's rate target directly (see
    /// <see cref="De06Metrics.Evaluation.PlanShare"/>); <see langword="null"/> when the row has its own target or there is none.
    /// </summary>
    /// <remarks>A share behind the one expected makes the row lag behind schedule (<see cref="IsBehindSchedule"/>).</remarks>
    public PlanShare? PlanShare { get; internal init; }

    /// <summary>
    /// Whether the reported figure is dated after the day the evaluation was made as of (<see cref="EvaluatedAsOf"/>):
    /// a figure of 10/3/2024 in an evaluation as of 1/2/2024. Such a figure was not known on that day: it is shown, but
    /// not judged (<see cref="Status"/> is <see cref="TargetStatus.NoData"/>, with no schedule or share of a plan), and
    /// the sentence says so.
    /// </summary>
    public bool IsDatedAfterAsOf { get; internal init; }

    /// <summary>
    /// Whether the figure has no as-of date of its own, the evaluation is made as of a day before its period ends
    /// (<see cref="EvaluatedAsOf"/>), and the row has a target of its own period: a figure of Quý I/2024 without a date
    /// in an evaluation as of 10/3/2024. Nothing says the figure was known on that day, so it is shown but not judged
    /// against the target of the whole period (<see cref="Status"/> is <see cref="TargetStatus.NoData"/>, the reason
    /// <see cref="NotMeaningfulReason.PeriodNotEnded"/>), and the sentence says so. Its progress counted to that day
    /// (<see cref="Schedule"/>) is still worked out, as a share of a containing period's plan is
    /// (<see cref="PlanShare"/>, which such a row has instead of a target and which is never flagged).
    /// </summary>
    public bool IsBeforePeriodEnd { get; internal init; }

    /// <summary>
    /// The figure against the milestone of its period's year on the row's trajectory (<see cref="Scorecard.FindTrajectory"/>):
    /// 88,8% in Quý I/2024 against the 2024 milestone of 84,0% on a path from 60% in 2020 to 90% in 2025 is 4,8 points
    /// above it, on track. <see langword="null"/> when the row has no trajectory, no figure to judge, or a period whose
    /// year lies outside the trajectory or that spans two years.
    /// </summary>
    /// <remarks>A period inside a year (a quarter, the first six months) takes that year's milestone.</remarks>
    public TrajectoryCheck? TrajectoryCheck { get; internal init; }

    /// <summary>
    /// The days whose figures the row's period covers under the scorecard's closing rule
    /// (<see cref="Scorecard.DataClosingRule"/>): under <see cref="DataClosingRule.Decree09"/>, Quý I/2024 covers
    /// 15/12/2023 to 14/3/2024. <see langword="null"/> when the scorecard has no rule, or the period is not made of whole
    /// months and the rule has a closing day.
    /// </summary>
    public DataWindow? DataWindow => context.DataWindow;

    /// <summary>The day the row was evaluated as of, when the evaluation was made as of a day inside its period; otherwise <see langword="null"/>.</summary>
    public LocalDate? EvaluatedAsOf { get; internal init; }

    /// <summary>
    /// Why the row's figure is not judged although it has one: <see cref="NotMeaningfulReason.DatedAfterAsOf"/> for a
    /// figure dated after <see cref="EvaluatedAsOf"/>; <see cref="NotMeaningfulReason.PeriodNotEnded"/> for a figure
    /// without a date whose period had not ended by then (<see cref="IsBeforePeriodEnd"/>); otherwise
    /// <see cref="NotMeaningfulReason.None"/>.
    /// </summary>
    public NotMeaningfulReason NotJudgedReason =>
        IsDatedAfterAsOf ? NotMeaningfulReason.DatedAfterAsOf
        : IsBeforePeriodEnd ? NotMeaningfulReason.PeriodNotEnded
        : NotMeaningfulReason.None;

    /// <summary>
    /// Why the row is not compared with <see cref="BasePeriod"/>: <see cref="NotMeaningfulReason.PeriodKindMismatch"/>
    /// when the base is of another period kind (the first quarter of 2024 and the year 2023) and the options refuse such
    /// a comparison (<see cref="PeriodKindMismatch.Refuse"/>): <see cref="Change"/> and <see cref="RelativeChange"/> are
    /// then not meaningful with that reason, <see cref="RankChange"/> is <see langword="null"/>, and
    /// <see cref="DescribeChange"/> says so. Otherwise <see cref="NotMeaningfulReason.None"/>.
    /// </summary>
    public NotMeaningfulReason NotComparedReason => context.RefusesBase ? NotMeaningfulReason.PeriodKindMismatch : NotMeaningfulReason.None;

    // Ranks have their own movement, and yes/no values have no change.
    private bool ChangeApplies => Actual is not null && BaseValue is not null && Indicator.Measure.Kind is not (MeasureKind.Rank or MeasureKind.YesNo);

    /// <summary>
    /// Whether the row shows an indicator's latest earlier figures in a result for a later period (a yearly ranking in
    /// a quarterly report, under <see cref="FigureChoice.LatestAvailable"/>): its <see cref="Period"/> is then not the
    /// result's, and its sentence says which period the figure is of.
    /// </summary>
    public bool IsEarlierFigure { get; internal init; }

    /// <summary>The value as a report writes it: "88,8%", "17/33 mô hình (51,5%)", "2.527 tỷ đồng", "thứ 11/63".</summary>
    /// <param name="language">The language.</param>
    /// <returns>
    /// The text; "không có số liệu" / "no data" when there is no value, and when the children's values could not be
    /// rolled up, why: "không tổng hợp được số liệu vì kết quả quá lớn, vượt phạm vi biểu diễn" / "not rolled up,
    /// because the result is too large to represent"; when a computed indicator's formula gave no value, why: "không
    /// tính được vì mẫu số bằng 0" / "not computed, because the denominator is zero" (see <see cref="MissingValueReason"/>).
    /// </returns>
    public string DescribeValue(Language language)
    {
        var (value, share) = ValueAndShare(language);
        return share is null ? value : $"{value} ({share})";
    }

    // The value, and for a count or rate of a total its share apart ("17/33 mô hình", "51,5%"), so that a sentence
    // can put the share inside its one parenthesis instead of opening a second.
    private (string Value, string? Share) ValueAndShare(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        if (Actual is not { } actual)
        {
            var reason = MissingValueReason;
            return (reason == NotMeaningfulReason.NoData
                ? reason.Describe(language)
                : language.Format(derivation is { IsComputed: true } ? Phrase.ScorecardNotComputed : Phrase.ScorecardNotRolledUp, reason.Describe(language)), null);
        }

        var kind = Indicator.Measure.Kind;
        if (kind == MeasureKind.Rank)
        {
            return (actual.HasParts
                ? FieldRankOf(actual).DescribePosition(language)
                : language.Format(Phrase.ScorecardRanked, Indicator.FormatValue(actual.Value, language)), null);
        }

        if (actual.HasParts && kind is MeasureKind.Rate or MeasureKind.Count)
        {
            var parts = language.FormatNumber(actual.Numerator!.Value, 0) + "/" + language.FormatNumber(actual.Denominator!.Value, 0);
            // A count's display decimals (usually none) are not a percent's: its share of the total keeps one decimal.
            var shareDecimals = kind == MeasureKind.Rate ? Indicator.DisplayDecimals : 1;
            var share = Measure.Rate.FormatValue(actual.Numerator.Value * 100m / actual.Denominator.Value, shareDecimals, language);
            var unit = Indicator.Measure.CountUnit is { } countUnit ? " " + countUnit.In(language) : string.Empty;
            return ($"{parts}{unit}", share);
        }

        return (Indicator.FormatValue(actual.Value, language), null);
    }

    /// <summary>
    /// The comparison with <see cref="BasePeriod"/> as a clause of a report: the rank's movement ("tăng 29 bậc so với năm
    /// 2023"), the change ("tăng 16,5 điểm phần trăm so với cùng kỳ năm 2023"), or, for a unit that changed since and
    /// cannot be compared, why not; for a base of another period kind the options refuse
    /// (<see cref="NotComparedReason"/>), "không so sánh quý I/2024 với năm 2023 vì khác loại kỳ báo cáo" / "Q1 2024 is
    /// not compared with 2023, a period of another kind". Empty when there is nothing to compare: no value, no base, or a change that is not
    /// meaningful (its reason is on <see cref="Change"/>).
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The clause, or an empty string.</returns>
    public string DescribeChange(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        // A base of another period kind the options refuse: "không so sánh quý I/2024 với năm 2023 vì khác loại kỳ báo cáo".
        if (context.RefusesBase && Actual is not null && Indicator.Measure.Kind != MeasureKind.YesNo && BasePeriod is { } otherKind)
        {
            return language.Format(Phrase.ScorecardNotComparedAcrossKinds, PeriodText.InSentence(Period, language), PeriodText.InSentence(otherKind, language));
        }

        if (RankChange is { } movement)
        {
            if (BasePeriod is not { } basePeriod)
            {
                return movement.Describe(language);
            }

            var label = SeriesChanges.ComparisonLabel(basePeriod, PeriodComparison.PreviousPeriod, language);
            return movement.IsComparable
                ? language.Format(Phrase.ScorecardChangeOn, movement.Describe(language), label)
                : movement.DescribeNotComparableWith(label, language);
        }

        if (Change is { IsMeaningful: true } change && Actual is not null)
        {
            return change.Describe(language);
        }

        // Units over time: the change is not computed across a change of the unit, and the clause says why.
        return NotComparableClause(language) ?? string.Empty;
    }

    /// <summary>
    /// The comparison as a report's change column writes it: <see cref="DescribeChange"/>, or when that is empty for a
    /// row that has a value, why: the change's reason when it is not meaningful ("không tính được tỷ lệ thay đổi … vì
    /// …"), else "chưa có số liệu kỳ trước" / "no earlier figure" when the row has no base value. Empty for a row without
    /// a value, and for a yes/no indicator, which has no change.
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    public string DescribeComparison(Language language)
    {
        var said = DescribeChange(language);
        if (said.Length > 0 || Actual is null || Indicator.Measure.Kind == MeasureKind.YesNo)
        {
            return said;
        }

        return Change is { IsMeaningful: false } notMeaningful && BaseValue is not null
            ? notMeaningful.Describe(language)
            : language[Phrase.ScorecardNoEarlierFigure];
    }

    /// <summary>
    /// The row as report prose: "Tỷ lệ hồ sơ trực tuyến đạt 88,8% (tăng 16,5 điểm phần trăm so với năm 2023, vượt chỉ
    /// tiêu 18,8 điểm phần trăm)". The clauses: the as-of date, the change, the verdict against the target, the
    /// schedule, the peer rank. The templates come from the scorecard's options.
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The sentence.</returns>
    /// <remarks>
    /// A row without a value is written "Tỷ lệ 1: không có số liệu" / "Rate 1: no data", with the reason when its
    /// children's values could not be rolled up (see <see cref="DescribeValue"/>); host templates get that text as
    /// their <c>{actual}</c>.
    /// </remarks>
    public string Describe(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        if (Actual is null)
        {
            // Nothing to compare, judge or rank: the sentence is the value's absence and its reason.
            return context.Options.Narrative.FillWithoutValue(
                language,
                Indicator.Name.In(language),
                DescribeValue(language),
                Unit.Name.In(language),
                Period.ToString(null, language),
                rank: Indicator.Measure.Kind == MeasureKind.Rank);
        }

        var clauses = new List<string>();
        if (ValueStatus != ValueStatus.Reported)
        {
            clauses.Add(language.Format(Phrase.ProvenanceValueClause, ValueStatus.Describe(language)));
        }

        if (IsEarlierFigure)
        {
            clauses.Add(language.Format(Phrase.ScorecardFigureOf, PeriodText.InSentence(Period, language)));
        }

        if (IsDatedAfterAsOf && AsOf is { } dated && EvaluatedAsOf is { } evaluatedOn)
        {
            clauses.Add(language.Format(Phrase.ScorecardDatedAfterAsOf, PeriodText.Date(dated, language), PeriodText.Date(evaluatedOn, language)));
        }
        else if (AsOf is { } asOf)
        {
            clauses.Add(language.Format(Phrase.ScorecardAsOf, PeriodText.Date(asOf, language)));
        }
        else if (IsBeforePeriodEnd && EvaluatedAsOf is { } notEndedOn)
        {
            clauses.Add(language.Format(Phrase.ScorecardPeriodNotEnded, PeriodText.InSentence(Period, language), PeriodText.Date(notEndedOn, language)));
        }

        if (DescribeChange(language) is { Length: > 0 } comparison)
        {
            clauses.Add(comparison);
        }

        if (Evaluation is { } evaluation && Actual is not null && !IsDatedAfterAsOf && !IsBeforePeriodEnd)
        {
            clauses.Add(evaluation.DescribeVerdict(language));
        }

        if (Override is { } set)
        {
            clauses.Add(set.Describe(language));
        }

        if (Note?.Text is { } text)
        {
            clauses.Add(language.Format(Phrase.RowNote, text));
        }

        if (Schedule is { Status: ScheduleStatus.BehindSchedule or ScheduleStatus.AheadOfSchedule } schedule)
        {
            clauses.Add(schedule.Describe(language));
        }

        if (PlanShare is { } planShare)
        {
            clauses.Add(planShare.Describe(language));
        }

        if (PeerRank is { } rank)
        {
            clauses.Add(rank.Describe(language));
        }

        // A share of a total goes first inside the one parenthesis: "17/33 mô hình (51,5%; chưa đạt chỉ tiêu, …)".
        var (value, share) = ValueAndShare(language);
        var details = string.Join(", ", clauses);
        // The trajectory last, set apart by a semicolon since its own clause has a comma: "…; thấp hơn mốc 84,0% của lộ
        // trình năm 2024, chậm so với lộ trình".
        if (DescribeTrajectory(language) is { Length: > 0 } onTrajectory)
        {
            details = details.Length == 0 ? onTrajectory : language.Format(Phrase.ScorecardTrajectoryAfterDetails, details, onTrajectory);
        }
        if (share is not null)
        {
            if (details.Length == 0)
            {
                value = $"{value} ({share})";
            }
            else
            {
                details = language.Format(Phrase.ScorecardShareAndDetails, share, details);
            }
        }

        return context.Options.Narrative.FillRow(
            language,
            Indicator.Name.In(language),
            value,
            details,
            Unit.Name.In(language),
            Period.ToString(null, language),
            rank: Indicator.Measure.Kind == MeasureKind.Rank,
            lowerIsBetter: Indicator.Polarity == Polarity.LowerIsBetter);
    }

    /// <summary>
    /// The figure against its trajectory's milestone as a clause of a report: "thấp hơn mốc 84,0% của lộ trình năm
    /// 2024, chậm so với lộ trình" / "below the 2024 milestone of 84.0% on the trajectory, off track". Empty when the
    /// row has no <see cref="TrajectoryCheck"/>.
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The clause, or an empty string.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    public string DescribeTrajectory(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        if (TrajectoryCheck is not { } check)
        {
            return string.Empty;
        }

        var position = check.Gap > 0m ? Phrase.ScorecardTrajectoryAbove : check.Gap < 0m ? Phrase.ScorecardTrajectoryBelow : Phrase.ScorecardTrajectoryAt;
        var where = language.Format(
            position,
            Indicator.FormatValue(check.Milestone.Value, language),
            check.Milestone.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var status = language[check.Status == TrajectoryStatus.OnTrack ? Phrase.TrajectoryOnTrack : Phrase.TrajectoryOffTrack];
        return language.Format(Phrase.TrajectorySentence, where, status);
    }

    // Built on first read (see the remarks); LazyInitializer stores the first one built, and every reader gets it.
    private TargetEvaluation EvaluateTarget() => TargetEvaluation.EvaluateChecked(Indicator, Target!.Goal, IsDatedAfterAsOf || IsBeforePeriodEnd ? null : Actual, context.Options.Evaluation);

    private ValueChange AbsoluteChange() => ChangeOf(ValueChange.AbsoluteKind(Indicator.Measure));

    private ValueChange PercentChange() => ChangeOf(ChangeKind.Percent);

    private ValueChange ChangeOf(ChangeKind kind) => context.RefusesBase
        ? ValueChange.NotComputed(kind, Indicator, BaseValue!.Value.Value, Actual!.Value.Value, NotMeaningfulReason.PeriodKindMismatch, BaseLabel ?? context.ComparedWith)
        : ValueChange.Checked(kind, Indicator, BaseValue!.Value.Value, Actual!.Value.Value, BaseLabel ?? context.ComparedWith);

    // A rank travels as a measured value with the field's size as its denominator ("11/63").
    private static FieldRank FieldRankOf(MeasuredValue rank) => new((int)rank.Value, (int)rank.Denominator!.Value);

    /// <summary>Returns the English sentence.</summary>
    /// <returns>The sentence.</returns>
    public override string ToString() => Describe(Language.English);

    /// <summary>
    /// For a scorecard built on a timeline, the base of the row's comparison: whether the unit changed since
    /// <see cref="BasePeriod"/>, the base as reported (<see cref="ComparisonBase.AsReported"/>), the base restated into
    /// the units of <see cref="Period"/> with the figures it combines (<see cref="ComparisonBase.Restated"/>), and
    /// <see cref="ComparisonBase.Basis"/> saying which one <see cref="BaseValue"/> is; or why there is no comparison.
    /// <see langword="null"/> for a scorecard of one unit tree, or when there is no base period.
    /// </summary>
    /// <remarks>
    /// A restated base is said in the change's sentence: "tăng 9,6 điểm phần trăm so với cùng kỳ năm 2024 (số liệu quy
    /// đổi theo đơn vị hiện nay)". A base that is not comparable leaves <see cref="Change"/> and
    /// <see cref="RelativeChange"/> empty and the sentence says why ("không so sánh được với cùng kỳ năm 2024 vì …"); a
    /// rank across a change of its field keeps both ranks in <see cref="RankChange"/>, flagged as not comparable. A
    /// plain gap (<see cref="NotMeaningfulReason.MissingBase"/>) is left unsaid, as for a scorecard of one tree.
    /// </remarks>
    public ComparisonBase? ComparisonBase { get; internal init; }

    /// <summary>
    /// How firm <see cref="Actual"/> is: the reported figure's own status (<see cref="ValueStatus.Revised"/> for a later
    /// vintage of a reported figure, see <see cref="Revises"/>), for a value rolled up from the children the least
    /// firm of theirs, for a value computed by the indicator's formula (<see cref="ValueOrigin.Computed"/>)
    /// <see cref="ValueStatus.Derived"/>, or the least firm of its parts' statuses when that is less firm;
    /// <see cref="ValueStatus.Reported"/> when there is no value.
    /// </summary>
    /// <remarks>
    /// A roll-up over an estimate is an estimate, and its footnote says so (<see cref="DescribeProvenance"/>); a
    /// computed value's footnote names its formula in words (<see cref="DescribeStatusNote"/>).
    /// </remarks>
    public ValueStatus ValueStatus { get; internal init; }

    /// <summary>
    /// How firm <see cref="BaseValue"/> is; at least <see cref="ValueStatus.Restated"/> for a base restated into today's
    /// units; <see cref="ValueStatus.Reported"/> when there is no base.
    /// </summary>
    public ValueStatus BaseStatus { get; internal init; }

    /// <summary>
    /// How firm the comparison with <see cref="BasePeriod"/> is (<see cref="Change"/>, <see cref="RelativeChange"/>,
    /// <see cref="RankChange"/>): the least firm of <see cref="ValueStatus"/> and <see cref="BaseStatus"/>, so that a
    /// change over an estimate is an estimate; <see cref="ValueStatus.Reported"/> when there is no comparison.
    /// </summary>
    public ValueStatus ChangeStatus => !context.RefusesBase && (Change is not null || RankChange is not null) ? ValueStatus.LeastFirm(BaseStatus) : ValueStatus.Reported;

    /// <summary>
    /// The vintage of the figure published before the one the row stands on, with its value and its
    /// <see cref="Observation.PublishedOn"/> date; <see langword="null"/> when the figure was published once, or the
    /// row's value is not reported.
    /// </summary>
    public Observation? Revises { get; internal init; }

    /// <summary>The note on the row (a comment, a status set by hand, or both), or <see langword="null"/>.</summary>
    public RowNote? Note { get; internal init; }

    /// <summary>
    /// The status set by hand, with its reason and who set it, or <see langword="null"/>. It stands beside
    /// <see cref="Status"/>, which stays the status the evaluation computed.
    /// </summary>
    public StatusOverride? Override => Note?.Override;

    /// <summary>
    /// Whether the row needs a note that explains it: the options ask for one (<see cref="ScorecardOptions.RequireNoteWhenNotMet"/>)
    /// and the row has a target that is not met or exceeded.
    /// </summary>
    public bool NeedsNote => context.Options.RequireNoteWhenNotMet && Status is { } status && status is not (TargetStatus.Met or TargetStatus.Exceeded);

    /// <summary>Whether the row needs a note (<see cref="NeedsNote"/>) and has no comment; a status set by hand alone does not explain it.</summary>
    public bool IsMissingNote => NeedsNote && Note?.Text is null;

    /// <summary>
    /// The row's footnotes on where its figures come from, one per figure that is not simply reported: the value, the
    /// base, and a comparison that takes a weaker status from either. "Tỷ lệ hồ sơ trực tuyến (Tỉnh Hà Giang, năm
    /// 2023): 72,3% (suy ra) — 88,8 − 16,5, …". Empty when every figure is reported.
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The footnotes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<string> DescribeProvenance(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var notes = new List<string>();
        var name = Indicator.Name.In(language);
        var unit = Unit.Name.In(language);
        if (ValueStatus != ValueStatus.Reported && Actual is { } actual)
        {
            var why = ValueStatus == ValueStatus.Revised && Revises is { } earlier
                ? language.Format(Phrase.ProvenanceRevisedFrom, Indicator.FormatValue(earlier.Value.Value, language), earlier.PublishedOn is { } day ? PeriodText.Date(day, language) : string.Empty)
                : Reported is { } reported
                    ? reported.StatusNote ?? Meaning(ValueStatus, language)
                    : derivation?.DescribeComputation(Indicator, ValueStatus, language) ?? language.Format(Phrase.ProvenanceRolledUpFrom, ValueStatus.Describe(language));
            notes.Add(language.Format(Phrase.ProvenanceFootnote, name, unit, PeriodText.InSentence(Period, language),
                $"{Indicator.FormatValue(actual.Value, language)} {ValueStatus.Mark(language)}", why));
        }

        if (BaseStatus != ValueStatus.Reported && BaseValue is { } baseValue && BasePeriod is { } basePeriod)
        {
            // A computed indicator's base restated across a merger: its formula over its parts' restated figures.
            var why = ComparisonBase is { IsRestated: true } && baseDerivation is { IsComputed: true } computed
                ? computed.DescribeComputation(Indicator, BaseStatus, language, fromRestated: true)!
                : BaseStatus == ValueStatus.Restated
                ? Meaning(BaseStatus, language)
                : baseReported is null
                    ? baseDerivation?.DescribeComputation(Indicator, BaseStatus, language) ?? Meaning(BaseStatus, language)
                    : baseReported.StatusNote ?? Meaning(BaseStatus, language);
            notes.Add(language.Format(Phrase.ProvenanceFootnote, name, unit, PeriodText.InSentence(basePeriod, language),
                $"{DescribeMeasured(baseValue, language)} {BaseStatus.Mark(language)}", why));
        }

        if (ChangeStatus != ValueStatus.Reported && BasePeriod is { } comparedPeriod)
        {
            var label = BaseLabel ?? context.ComparedWith ?? SeriesChanges.ComparisonLabel(comparedPeriod, PeriodComparison.PreviousPeriod);
            notes.Add(language.Format(Phrase.ProvenanceFootnote, name, unit, PeriodText.InSentence(Period, language),
                DescribeComparison(language) + " " + ChangeStatus.Mark(language),
                language.Format(Phrase.ProvenanceChangeFrom, label.In(language), ChangeStatus.Describe(language))));
        }

        return notes;
    }

    /// <summary>
    /// How the row's value was worked out, in words: for a value computed by its indicator's formula, the formula with
    /// its parts' names ("tính theo công thức: Dư nợ cho vay tín chấp ÷ Hộ khách hàng vay" / "computed as Unsecured
    /// credit lent ÷ Borrower households"); for a reported figure, the note its source gives
    /// (<see cref="Observation.StatusNote"/>); else empty.
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The note, or an empty string.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    public string DescribeStatusNote(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return Reported is { } reported
            ? reported.StatusNote ?? string.Empty
            : Actual is null ? string.Empty : derivation?.DescribeComputation(Indicator, ValueStatus, language) ?? string.Empty;
    }

    /// <summary>
    /// For a row that needs a note and has none, the line that lists it: "Tỷ lệ 1 (Huyện 1, quý I/2024): Chưa đạt, chưa có
    /// ghi chú giải trình" / "…: Not met, with no note to explain it".
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The line; empty when the row needs no note or has one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    public string DescribeMissingNote(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return IsMissingNote
            ? language.Format(Phrase.RowNoteMissing, Indicator.Name.In(language), Unit.Name.In(language), PeriodText.InSentence(Period, language), Status!.Value.Describe(language))
            : string.Empty;
    }

    // A rank is written with its field ("thứ 40/63"), every other value as the indicator writes it.
    private string DescribeMeasured(MeasuredValue value, Language language) =>
        Indicator.Measure.Kind == MeasureKind.Rank && value.HasParts
            ? FieldRankOf(value).DescribePosition(language)
            : Indicator.FormatValue(value.Value, language);

    private static string Meaning(ValueStatus status, Language language) => language[status switch
    {
        ValueStatus.Revised => Phrase.ValueStatusRevisedMeaning,
        ValueStatus.Restated => Phrase.ValueStatusRestatedMeaning,
        ValueStatus.Derived => Phrase.ValueStatusDerivedMeaning,
        ValueStatus.Preliminary => Phrase.ValueStatusPreliminaryMeaning,
        _ => Phrase.ValueStatusEstimatedMeaning,
    }];

    /// <summary>The sentence templates of the evaluation.</summary>
    internal NarrativeTemplates Narrative => context.Options.Narrative;

    /// <summary>The label of the base period the evaluation wrote changes against ("cùng kỳ năm 2024"), for the sentence of a change not made.</summary>
    internal LocalizedText? BaseLabel { get; init; }

    private string? NotComparableClause(Language language)
    {
        // A plain gap in the base period is left unsaid, as it is for a scorecard of one tree.
        if (ComparisonBase is not { IsComparable: false } comparison || comparison.Reason == NotMeaningfulReason.MissingBase ||
            Actual is null || RankChange is not null || BasePeriod is not { } basePeriod)
        {
            return null;
        }

        return comparison.NotComparable(BaseLabel ?? SeriesChanges.ComparisonLabel(basePeriod, PeriodComparison.PreviousPeriod), language);
    }
}
