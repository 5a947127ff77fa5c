using System.Globalization;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Text;
using NodaTime;

namespace De06Metrics.Evaluation;

/// <summary>
/// A figure of a shorter period set against the target of a longer period that contains it: a quarter's dossiers
/// against the annual plan ("đạt 31,0% kế hoạch năm"), with the share the plan expected by then and whether the figure
/// is ahead of it; or, for a level or a rate, the figure judged against that target directly.
/// </summary>
/// <remarks>
/// <para>By the indicator's <see cref="AccumulationKind"/>:</para>
/// <list type="bullet">
/// <item><see cref="AccumulationKind.Flow"/> and <see cref="AccumulationKind.CumulativeToDate"/>, with an at-least or
/// at-most goal: the share of the plan <c>S = actual / target × 100</c>. The figure counts from <see cref="CountedFrom"/>
/// (a flow: the start of its own period; a cumulative figure: the start of its year, or of the target's period when
/// that is later) to <see cref="CountedTo"/> (the day it is as of, else the period's end), and the plan expects over those days
/// <c>X = (W(to) − W(from − 1)) / W(L) × 100</c>, with <c>W</c> the schedule profile's weight of the target period's
/// days (the days themselves for the linear profile). A first quarter of 2024 against the plan for 2024 expects
/// 91/366 = 24,86…%; as of 10 March 2024 (day 70), 70/366 = 19,12…%.</item>
/// <item>The status compares the actual with the value expected, <c>X × target / 100</c>, as
/// <see cref="ScheduleStatus"/> says, the tolerance in the measure's own unit.</item>
/// <item><see cref="AccumulationKind.Stock"/>, <see cref="AccumulationKind.RateFromParts"/> and
/// <see cref="AccumulationKind.AverageOfLevels"/>, and any goal that is not at-least or at-most: the figure is judged
/// against the target directly (<see cref="Evaluation"/>): a rate of the quarter against the year's rate target,
/// never a share of it.</item>
/// </list>
/// <para>
/// A share is not meaningful (<see cref="Reason"/>) without a figure, or when the target is zero or negative.
/// <see cref="Evaluate"/> counts the share from zero; <see cref="EvaluateFromStart"/> plans a stock or a cumulative
/// figure from its value at the start (<see cref="PlanStart"/>): <c>S = (actual − start) / (target − start) × 100</c>,
/// the value expected <c>start + (target − start) × X / 100</c> with <c>X</c> counted from the target period's first
/// day, and the days ahead of that line (<see cref="DaysAhead"/>, as <see cref="ScheduleVariance.DaysAhead"/> counts
/// them). Immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class PlanShare
{
    private PlanShare(Indicator indicator, Goal goal, ReportingPeriod targetPeriod, ReportingPeriod period, MeasuredValue? actual, LocalDate countedFrom, LocalDate countedTo)
    {
        CountedTo = countedTo;
        Indicator = indicator;
        Goal = goal;
        TargetPeriod = targetPeriod;
        Period = period;
        Actual = actual;
        CountedFrom = countedFrom;
    }

    /// <summary>The indicator.</summary>
    public Indicator Indicator { get; }

    /// <summary>The goal of the longer period.</summary>
    public Goal Goal { get; }

    /// <summary>The target's period, which contains <see cref="Period"/>.</summary>
    public ReportingPeriod TargetPeriod { get; }

    /// <summary>The figure's period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>The figure, or <see langword="null"/> for no data.</summary>
    public MeasuredValue? Actual { get; }

    /// <summary>The first day the figure counts: its period's start for a flow, the start of its year (or of the target's period, when later) for a cumulative figure.</summary>
    public LocalDate CountedFrom { get; }

    /// <summary>
    /// The last day the plan is counted to: the day the figure is as of (10/3/2024, day 70 of 2024), or the end of its
    /// period (31/3/2024) when it is not given or lies after it. <see cref="ExpectedShare"/>, <see cref="ExpectedValue"/>,
    /// <see cref="Status"/> and <see cref="DaysAhead"/> count the plan's days to it.
    /// </summary>
    public LocalDate CountedTo { get; }

    /// <summary>Whether the figure is judged against the target directly (a level, a rate, an average, a goal that is not at-least or at-most) rather than as a share of it.</summary>
    public bool ComparesDirectly { get; private init; }

    /// <summary>The share of the plan reached, in percent (31 for 31 of 100); <see langword="null"/> when judged directly or not meaningful.</summary>
    public decimal? Share { get; private init; }

    /// <summary>The share of the plan expected by <see cref="CountedTo"/>, in percent (24,86… for 91 of 366 days to 31/3/2024, 19,12… for 70 to 10/3/2024); <see langword="null"/> when judged directly.</summary>
    public decimal? ExpectedShare { get; private init; }

    /// <summary>The value the plan expected by <see cref="CountedTo"/>, <c>ExpectedShare × target / 100</c> (from a start, <c>start + (target − start) × ExpectedShare / 100</c>); <see langword="null"/> when judged directly.</summary>
    public decimal? ExpectedValue { get; private init; }

    /// <summary>Ahead of, on or behind the plan; <see cref="ScheduleStatus.NoData"/> without a figure, and when judged directly or not meaningful.</summary>
    public ScheduleStatus Status { get; private init; }

    /// <summary>Why there is no share: <see cref="NotMeaningfulReason.NoData"/>, <see cref="NotMeaningfulReason.ZeroTarget"/>, <see cref="NotMeaningfulReason.NegativeTarget"/>; <see cref="NotMeaningfulReason.None"/> when there is one or when judged directly.</summary>
    public NotMeaningfulReason Reason { get; private init; }

    /// <summary>The evaluation against the target itself, when judged directly; otherwise <see langword="null"/>.</summary>
    public TargetEvaluation? Evaluation { get; private init; }

    /// <summary>The start the plan runs from (<see cref="EvaluateFromStart"/>), always a stated value; <see langword="null"/> when it runs from zero or the figure is judged directly.</summary>
    public PlanStart? Start { get; private init; }

    /// <summary>
    /// For a plan from a start, the days by which the figure is ahead of the plan's line, negative when behind: the
    /// first whole day by whose end the line reaches the figure, less the days elapsed (<see cref="ScheduleVariance.DaysAhead"/>);
    /// <see langword="null"/> otherwise.
    /// </summary>
    public int? DaysAhead { get; private init; }

    /// <summary>For a plan from a start, the progress along the line from the start to the target on <see cref="CountedTo"/>; <see langword="null"/> otherwise.</summary>
    public ScheduleVariance? Schedule { get; private init; }

    /// <summary>Whether the figure is behind the plan (a share below the one expected, beyond the tolerance).</summary>
    public bool IsBehind => Status == ScheduleStatus.BehindSchedule;

    /// <summary>Sets a figure of a shorter period against the target of a longer period that contains it.</summary>
    /// <param name="indicator">The indicator, whose accumulation kind decides the rule (see remarks).</param>
    /// <param name="goal">The goal of the longer period.</param>
    /// <param name="targetPeriod">The target's period: a year, or several years as a custom period.</param>
    /// <param name="period">The figure's period, inside <paramref name="targetPeriod"/> and shorter.</param>
    /// <param name="actual">The figure, or <see langword="null"/> for no data.</param>
    /// <param name="options">The profile and the tolerance (in the measure's unit); <see langword="null"/> for a linear plan without tolerance. The start value is not used.</param>
    /// <param name="evaluation">The tolerance and bands of a direct judgement; <see langword="null"/> for <see cref="EvaluationOptions.Default"/>.</param>
    /// <param name="asOf">
    /// The day the figure is as of, to which the plan's days are counted (<see cref="CountedTo"/>); <see langword="null"/>
    /// for the end of <paramref name="period"/>. A day after the period's end counts to the period's end, since the
    /// figure covers no later day (and the period lies inside the target's, so the count never runs past the plan).
    /// </param>
    /// <returns>The share of the plan, or the direct judgement.</returns>
    /// <exception cref="ArgumentNullException">The indicator or a period is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The goal does not fit the indicator; <paramref name="period"/> does not lie inside <paramref name="targetPeriod"/>
    /// or is as long; the profile does not fit the target's period; or the figure does not fit the measure.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="asOf"/> lies before the start of <paramref name="period"/> (and so, possibly, before the plan's
    /// period starts): a figure of a period cannot be as of a day before it.
    /// </exception>
    public static PlanShare Evaluate(Indicator indicator, Goal goal, ReportingPeriod targetPeriod, ReportingPeriod period, MeasuredValue? actual, ScheduleOptions? options = null, EvaluationOptions? evaluation = null, LocalDate? asOf = null)
    {
        var countedTo = Check(indicator, goal, targetPeriod, period, actual, asOf);
        options ??= ScheduleOptions.Default;
        var kind = indicator.Accumulation;
        var share = kind is AccumulationKind.Flow or AccumulationKind.CumulativeToDate && goal.Kind is TargetKind.AtLeast or TargetKind.AtMost;
        // A cumulative figure counts from the start of the year of the day it is counted to.
        var yearStart = new LocalDate(countedTo.Year, 1, 1);
        var from = kind == AccumulationKind.CumulativeToDate ? (yearStart > targetPeriod.Start ? yearStart : targetPeriod.Start) : period.Start;
        if (!share)
        {
            return new PlanShare(indicator, goal, targetPeriod, period, actual, from, countedTo)
            {
                ComparesDirectly = true,
                Evaluation = TargetEvaluation.EvaluateChecked(indicator, goal, actual, evaluation),
            };
        }

        var segments = options.Profile.Resolve(targetPeriod.ToDateInterval(), nameof(options));
        // The linear plan divides once, days × 100 / L, so that 91 of 366 days is exactly 9 100 / 366.
        var expected = options.Profile.IsLinear
            ? (NodaTime.Period.DaysBetween(from, countedTo) + 1) * 100m / targetPeriod.LengthInDays
            : (WeightUpTo(segments, countedTo) - WeightUpTo(segments, from.PlusDays(-1))) * 100m / WeightUpTo(segments, targetPeriod.End);
        var target = goal.Value;
        var reason = actual is null ? NotMeaningfulReason.NoData
            : target == 0m ? NotMeaningfulReason.ZeroTarget
            : target < 0m ? NotMeaningfulReason.NegativeTarget
            : NotMeaningfulReason.None;
        var expectedValue = target * expected / 100m;
        var status = ScheduleStatus.NoData;
        decimal? shareValue = null;
        if (reason == NotMeaningfulReason.None)
        {
            var value = actual!.Value.Value;
            shareValue = value / target * 100m;
            var gap = GoalRules.Sign(indicator.Polarity) * (value - expectedValue);
            status = gap > options.Tolerance ? ScheduleStatus.AheadOfSchedule : gap < -options.Tolerance ? ScheduleStatus.BehindSchedule : ScheduleStatus.OnSchedule;
        }

        return new PlanShare(indicator, goal, targetPeriod, period, actual, from, countedTo)
        {
            Share = shareValue,
            ExpectedShare = expected,
            ExpectedValue = expectedValue,
            Status = status,
            Reason = reason,
        };
    }

    /// <summary>
    /// Sets a figure of a shorter period against the target of a longer period that contains it, the plan of a stock or
    /// a cumulative figure running from its value at the start: 17 models at 31/3/2024 against 33 for 2024 from 10 at
    /// 31/12/2023 is (17 − 10) / (33 − 10) = 30,4% of the plan, where 91/366 = 24,9% was expected (15,72 models); the
    /// line reaches 17 on day (17 − 10) × 366 / 23 = 111,4, so on day 112, 21 days ahead.
    /// </summary>
    /// <param name="indicator">The indicator; a flow's plan, and a rate's or an average's judgement, ignore the start (as <see cref="Evaluate"/>).</param>
    /// <param name="goal">The goal of the longer period.</param>
    /// <param name="targetPeriod">The target's period.</param>
    /// <param name="period">The figure's period, inside <paramref name="targetPeriod"/> and shorter.</param>
    /// <param name="actual">The figure, or <see langword="null"/> for no data.</param>
    /// <param name="start">The stated start (<see cref="PlanStart.Stated"/>); the previous period's closing value must have been looked up first.</param>
    /// <param name="options">The profile and the tolerance; <see langword="null"/> for a linear plan without tolerance. Its start value is not used.</param>
    /// <param name="evaluation">The tolerance and bands of a direct judgement; <see langword="null"/> for <see cref="EvaluationOptions.Default"/>.</param>
    /// <param name="asOf">
    /// The day the figure is as of, to which the plan's days are counted, as <see cref="Evaluate"/> takes it: 17 models
    /// as of 10/3/2024 (day 70) against the same plan is 30,4% of it where 70/366 = 19,1% was expected (10 + 23 × 70/366
    /// = 14,40 models), 112 − 70 = 42 days ahead.
    /// </param>
    /// <returns>The share of the plan from the start, or as <see cref="Evaluate"/> gives it.</returns>
    /// <exception cref="ArgumentNullException">The indicator, a period or <paramref name="start"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// As <see cref="Evaluate"/>; or <paramref name="start"/> is <see cref="PlanStart.Previous"/>, or its value does not fit the measure.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">As <see cref="Evaluate"/>: <paramref name="asOf"/> lies before the start of <paramref name="period"/>.</exception>
    /// <remarks>
    /// A target that does not lie beyond the start in the better direction gives no share:
    /// <see cref="NotMeaningfulReason.TargetEqualsBaseline"/> or <see cref="NotMeaningfulReason.TargetBehindBaseline"/>.
    /// </remarks>
    public static PlanShare EvaluateFromStart(Indicator indicator, Goal goal, ReportingPeriod targetPeriod, ReportingPeriod period, MeasuredValue? actual, PlanStart start, ScheduleOptions? options = null, EvaluationOptions? evaluation = null, LocalDate? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(start);
        // Only a plan that does not count from a start is evaluated plainly; the others are checked alike and computed here.
        if (indicator.Accumulation is not (AccumulationKind.Stock or AccumulationKind.CumulativeToDate) || goal.Kind is not (TargetKind.AtLeast or TargetKind.AtMost))
        {
            var plain = Evaluate(indicator, goal, targetPeriod, period, actual, options, evaluation, asOf);
            EnsureStartGiven(indicator, start);
            return plain;
        }

        var countedTo = Check(indicator, goal, targetPeriod, period, actual, asOf);
        var startValue = EnsureStartGiven(indicator, start);
        options ??= ScheduleOptions.Default;
        var expected = options.Profile.IsLinear
            ? (NodaTime.Period.DaysBetween(targetPeriod.Start, countedTo) + 1) * 100m / targetPeriod.LengthInDays
            : ProfileShare(options, targetPeriod, countedTo);
        var target = goal.Value;
        var span = target - startValue;
        var sign = GoalRules.Sign(indicator.Polarity);
        var reason = actual is null ? NotMeaningfulReason.NoData
            : span == 0m ? NotMeaningfulReason.TargetEqualsBaseline
            : sign * span < 0m ? NotMeaningfulReason.TargetBehindBaseline
            : NotMeaningfulReason.None;
        var expectedValue = startValue + (span * expected / 100m);
        if (reason != NotMeaningfulReason.None)
        {
            return new PlanShare(indicator, goal, targetPeriod, period, actual, targetPeriod.Start, countedTo)
            {
                ExpectedShare = expected,
                ExpectedValue = expectedValue,
                Status = ScheduleStatus.NoData,
                Reason = reason,
                Start = start,
            };
        }

        var value = actual!.Value.Value;
        var schedule = ScheduleVariance.Evaluate(indicator, goal, targetPeriod.ToDateInterval(), countedTo, value,
            new ScheduleOptions(startValue, options.Profile, options.Tolerance));
        return new PlanShare(indicator, goal, targetPeriod, period, actual, targetPeriod.Start, countedTo)
        {
            Share = (value - startValue) / span * 100m,
            ExpectedShare = expected,
            ExpectedValue = expectedValue,
            Status = schedule.Status,
            Reason = NotMeaningfulReason.None,
            Start = start,
            DaysAhead = schedule.DaysAhead,
            Schedule = schedule,
        };
    }

    /// <summary>
    /// A plan that was to start from the previous period's closing value when no such figure exists: no share, with the
    /// reason <see cref="NotMeaningfulReason.NoStartValue"/>, rather than a share counted from zero.
    /// </summary>
    /// <summary>Checks the arguments common to both evaluations and gives the day the plan is counted to.</summary>
    private static LocalDate Check(Indicator indicator, Goal goal, ReportingPeriod targetPeriod, ReportingPeriod period, MeasuredValue? actual, LocalDate? asOf)
    {
        GoalRules.EnsureFits(indicator, goal, nameof(goal));
        ArgumentNullException.ThrowIfNull(targetPeriod);
        ArgumentNullException.ThrowIfNull(period);
        if (!targetPeriod.Contains(period) || period.LengthInDays >= targetPeriod.LengthInDays)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture,
                    $"{period.ToString(null, CultureInfo.InvariantCulture)} ({period.Start:uuuu-MM-dd} to {period.End:uuuu-MM-dd}) does not lie inside the target's period {targetPeriod.ToString(null, CultureInfo.InvariantCulture)} ({targetPeriod.Start:uuuu-MM-dd} to {targetPeriod.End:uuuu-MM-dd}) as a shorter period."),
                nameof(period));
        }

        if (actual is { } given)
        {
            indicator.Measure.EnsureAccepts(given, nameof(actual));
        }

        return CountTo(period, asOf);
    }

    private static decimal EnsureStartGiven(Indicator indicator, PlanStart start)
    {
        if (start.Value is not { } startValue)
        {
            throw new ArgumentException("The previous period's closing value must be looked up before the plan is evaluated; give PlanStart.Stated(value, date).", nameof(start));
        }

        indicator.Measure.EnsureAccepts(MeasuredValue.Of(startValue), nameof(start));
        return startValue;
    }

    private static decimal ProfileShare(ScheduleOptions options, ReportingPeriod targetPeriod, LocalDate countedTo)
    {
        var segments = options.Profile.Resolve(targetPeriod.ToDateInterval(), nameof(options));
        return WeightUpTo(segments, countedTo) * 100m / WeightUpTo(segments, targetPeriod.End);
    }

    internal static PlanShare WithoutStart(Indicator indicator, Goal goal, ReportingPeriod targetPeriod, ReportingPeriod period, MeasuredValue? actual, LocalDate? asOf) =>
        new(indicator, goal, targetPeriod, period, actual, targetPeriod.Start, CountTo(period, asOf))
        {
            Status = ScheduleStatus.NoData,
            Reason = NotMeaningfulReason.NoStartValue,
            Start = PlanStart.Previous,
        };

    /// <summary>
    /// Writes the figure against the plan: "đạt 31,0% kế hoạch năm, mức cần đạt đến ngày 31/3/2024 là 24,9%, vượt
    /// tiến độ" / "31.0% of the annual plan, 24.9% expected by 31 March 2024, ahead of schedule"; or the direct verdict
    /// "so với chỉ tiêu năm 2024: …".
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The clause.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    public string Describe(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var inSentence = InSentence(language);
        if (Evaluation is { } direct)
        {
            return language.Format(Phrase.PlanShareDirect, inSentence, direct.DescribeVerdict(language));
        }

        if (Share is not { } share)
        {
            return language.Format(Phrase.PlanShareNotMeaningful, inSentence, Reason.Describe(language));
        }

        var reached = TargetPeriod.Kind == PeriodKind.Year
            ? language.Format(Phrase.PlanShareOfYear, Measure.Rate.FormatValue(share, 1, language))
            : language.Format(Phrase.PlanShareOfPeriod, Measure.Rate.FormatValue(share, 1, language), inSentence);
        if (Start is { Value: { } startValue, Date: { } startDate })
        {
            reached = language.Format(Phrase.PlanShareFromStart, reached, Indicator.FormatValue(startValue, language), PeriodText.Date(startDate, language));
        }

        var expected = language.Format(Phrase.PlanShareExpected, PeriodText.Date(CountedTo, language), Measure.Rate.FormatValue(ExpectedShare!.Value, 1, language));
        return $"{reached}, {expected}, {DescribeSchedule(language)}";
    }

    /// <summary>
    /// Writes the figure against the plan briefly, for a table's status cell: "đạt 30,4% kế hoạch năm, vượt tiến độ 21
    /// ngày" / "30.4% of the annual plan, 21 days ahead of schedule", without the start and the share expected (which
    /// <see cref="Describe"/> gives); the direct verdict or the reason there is no share as <see cref="Describe"/> does.
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The clause.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    public string DescribeBrief(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        if (Evaluation is not null || Share is not { } share)
        {
            return Describe(language);
        }

        var reached = TargetPeriod.Kind == PeriodKind.Year
            ? language.Format(Phrase.PlanShareOfYear, Measure.Rate.FormatValue(share, 1, language))
            : language.Format(Phrase.PlanShareOfPeriod, Measure.Rate.FormatValue(share, 1, language), InSentence(language));
        return $"{reached}, {DescribeSchedule(language)}";
    }

    private string InSentence(Language language) => PeriodText.InSentence(TargetPeriod, language);

    /// <summary>
    /// Writes the plan the figure is set against, for a table's target cell: its goal and its period, "≥ 33 mô hình (năm
    /// 2024)" / "≥ 33 models (2024)".
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    public string DescribePlan(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return $"{Indicator.FormatGoal(Goal, language)} ({InSentence(language)})";
    }

    /// <summary>
    /// Writes only where the figure stands against the plan's line, for a narrow status cell: "vượt tiến độ 21 ngày" /
    /// "21 days ahead of schedule" (the days when the plan has a start to count them from), "chậm tiến độ"; the direct
    /// verdict or the reason there is no share as <see cref="Describe"/> does.
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The clause.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    public string DescribeSchedule(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        if (Evaluation is not null || Share is null)
        {
            return Describe(language);
        }

        var days = Math.Abs(DaysAhead ?? 0);
        return DaysAhead is null || days == 0 || Status == ScheduleStatus.OnSchedule
            ? language[Status switch
            {
                ScheduleStatus.AheadOfSchedule => Phrase.PlanShareAhead,
                ScheduleStatus.BehindSchedule => Phrase.PlanShareBehind,
                _ => Phrase.PlanShareOnSchedule,
            }]
            : Status == ScheduleStatus.AheadOfSchedule
                ? language.Format(language.Phrases.IsSingular(days) ? Phrase.ScheduleAheadOne : Phrase.ScheduleAheadOther, days)
                : language.Format(language.Phrases.IsSingular(days) ? Phrase.ScheduleBehindOne : Phrase.ScheduleBehindOther, days);
    }

    /// <summary>Writes the figure against the plan in English.</summary>
    /// <returns>The clause.</returns>
    public override string ToString() => Describe(Language.English);

    // The day the plan is counted to: the figure's as-of day, the period's end when none is given or it lies after it.
    private static LocalDate CountTo(ReportingPeriod period, LocalDate? asOf)
    {
        if (asOf is not { } day)
        {
            return period.End;
        }

        if (day < period.Start)
        {
            throw new ArgumentOutOfRangeException(nameof(asOf), day,
                string.Create(CultureInfo.InvariantCulture,
                    $"The figure's as-of day {day:uuuu-MM-dd} lies before its period {period.ToString(null, CultureInfo.InvariantCulture)} ({period.Start:uuuu-MM-dd} to {period.End:uuuu-MM-dd}) starts; give a day inside the period, or none for its end."));
        }

        return day > period.End ? period.End : day;
    }

    // The profile's weight of the target period's days up to and including a date (0 before the first).
    private static decimal WeightUpTo(IReadOnlyList<ScheduleSegment> segments, LocalDate date)
    {
        var weight = 0m;
        foreach (var segment in segments)
        {
            if (date >= segment.Interval.End)
            {
                weight += segment.Weight;
            }
            else if (date >= segment.Interval.Start)
            {
                weight += segment.Weight * (NodaTime.Period.DaysBetween(segment.Interval.Start, date) + 1) / segment.Interval.Length;
            }
        }

        return weight;
    }
}
