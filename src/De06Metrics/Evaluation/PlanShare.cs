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
/// that is later) to the period's end, and the plan expects over those days
/// <c>X = (W(end) − W(from − 1)) / W(L) × 100</c>, with <c>W</c> the schedule profile's weight of the target period's
/// days (the days themselves for the linear profile). A first quarter of 2024 against the plan for 2024 expects
/// 91/366 = 24,86…%.</item>
/// <item>The status compares the actual with the value expected, <c>X × target / 100</c>, as
/// <see cref="ScheduleStatus"/> says, the tolerance in the measure's own unit.</item>
/// <item><see cref="AccumulationKind.Stock"/>, <see cref="AccumulationKind.RateFromParts"/> and
/// <see cref="AccumulationKind.AverageOfLevels"/>, and any goal that is not at-least or at-most: the figure is judged
/// against the target directly (<see cref="Evaluation"/>): a rate of the quarter against the year's rate target,
/// never a share of it.</item>
/// </list>
/// <para>
/// A share is not meaningful (<see cref="Reason"/>) without a figure, or when the target is zero or negative. A plan
/// from a start value other than zero is not applied here: the share counts from zero. Immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class PlanShare
{
    private PlanShare(Indicator indicator, Goal goal, ReportingPeriod targetPeriod, ReportingPeriod period, MeasuredValue? actual, LocalDate countedFrom)
    {
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

    /// <summary>Whether the figure is judged against the target directly (a level, a rate, an average, a goal that is not at-least or at-most) rather than as a share of it.</summary>
    public bool ComparesDirectly { get; private init; }

    /// <summary>The share of the plan reached, in percent (31 for 31 of 100); <see langword="null"/> when judged directly or not meaningful.</summary>
    public decimal? Share { get; private init; }

    /// <summary>The share of the plan expected by the period's end, in percent (24,86… for 91 of 366 days); <see langword="null"/> when judged directly.</summary>
    public decimal? ExpectedShare { get; private init; }

    /// <summary>The value the plan expected by the period's end, <c>ExpectedShare × target / 100</c>; <see langword="null"/> when judged directly.</summary>
    public decimal? ExpectedValue { get; private init; }

    /// <summary>Ahead of, on or behind the plan; <see cref="ScheduleStatus.NoData"/> without a figure, and when judged directly or not meaningful.</summary>
    public ScheduleStatus Status { get; private init; }

    /// <summary>Why there is no share: <see cref="NotMeaningfulReason.NoData"/>, <see cref="NotMeaningfulReason.ZeroTarget"/>, <see cref="NotMeaningfulReason.NegativeTarget"/>; <see cref="NotMeaningfulReason.None"/> when there is one or when judged directly.</summary>
    public NotMeaningfulReason Reason { get; private init; }

    /// <summary>The evaluation against the target itself, when judged directly; otherwise <see langword="null"/>.</summary>
    public TargetEvaluation? Evaluation { get; private init; }

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
    /// <returns>The share of the plan, or the direct judgement.</returns>
    /// <exception cref="ArgumentNullException">The indicator or a period is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The goal does not fit the indicator; <paramref name="period"/> does not lie inside <paramref name="targetPeriod"/>
    /// or is as long; the profile does not fit the target's period; or the figure does not fit the measure.
    /// </exception>
    public static PlanShare Evaluate(Indicator indicator, Goal goal, ReportingPeriod targetPeriod, ReportingPeriod period, MeasuredValue? actual, ScheduleOptions? options = null, EvaluationOptions? evaluation = null)
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

        options ??= ScheduleOptions.Default;
        var kind = indicator.Accumulation;
        var share = kind is AccumulationKind.Flow or AccumulationKind.CumulativeToDate && goal.Kind is TargetKind.AtLeast or TargetKind.AtMost;
        var yearStart = new LocalDate(period.End.Year, 1, 1);
        var from = kind == AccumulationKind.CumulativeToDate ? (yearStart > targetPeriod.Start ? yearStart : targetPeriod.Start) : period.Start;
        if (!share)
        {
            return new PlanShare(indicator, goal, targetPeriod, period, actual, from)
            {
                ComparesDirectly = true,
                Evaluation = TargetEvaluation.EvaluateChecked(indicator, goal, actual, evaluation),
            };
        }

        var segments = options.Profile.Resolve(targetPeriod.ToDateInterval(), nameof(options));
        // The linear plan divides once, days × 100 / L, so that 91 of 366 days is exactly 9 100 / 366.
        var expected = options.Profile.IsLinear
            ? (NodaTime.Period.DaysBetween(from, period.End) + 1) * 100m / targetPeriod.LengthInDays
            : (WeightUpTo(segments, period.End) - WeightUpTo(segments, from.PlusDays(-1))) * 100m / WeightUpTo(segments, targetPeriod.End);
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

        return new PlanShare(indicator, goal, targetPeriod, period, actual, from)
        {
            Share = shareValue,
            ExpectedShare = expected,
            ExpectedValue = expectedValue,
            Status = status,
            Reason = reason,
        };
    }

    /// <summary>
    /// Writes the figure against the plan: "đạt 31,0% kế hoạch năm, tiến độ dự kiến đến ngày 31/3/2024 là 24,9%, vượt
    /// tiến độ" / "31.0% of the annual plan, 24.9% expected by 31 March 2024, ahead of schedule"; or the direct verdict
    /// "so với chỉ tiêu năm 2024: …".
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The clause.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    public string Describe(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var label = TargetPeriod.ToString(null, language);
        var inSentence = label.Length == 0 ? label : string.Concat(label[..1].ToLowerInvariant(), label.AsSpan(1));
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
        var expected = language.Format(Phrase.PlanShareExpected, PeriodText.Date(Period.End, language), Measure.Rate.FormatValue(ExpectedShare!.Value, 1, language));
        var status = language[Status switch
        {
            ScheduleStatus.AheadOfSchedule => Phrase.PlanShareAhead,
            ScheduleStatus.BehindSchedule => Phrase.PlanShareBehind,
            _ => Phrase.PlanShareOnSchedule,
        }];
        return $"{reached}, {expected}, {status}";
    }

    /// <summary>Writes the figure against the plan in English.</summary>
    /// <returns>The clause.</returns>
    public override string ToString() => Describe(Language.English);

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
