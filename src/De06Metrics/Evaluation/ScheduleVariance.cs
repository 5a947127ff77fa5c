using System.Globalization;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Text;
using NodaTime;

namespace De06Metrics.Evaluation;

/// <summary>
/// Time-elapsed progress: a target over a period judged at an as-of date inside it, against the value the plan
/// expected by then. A yearly target of 1 000 for 2024 with 150 reached by 10/3/2024: the plan expected
/// 1 000 × 70/366 = 191,26, so the value is behind schedule; the plan reached 150 on day 55 (24/2/2024), 15 days ago.
/// </summary>
/// <remarks>
/// <para>Conventions, with the period's days numbered 1 to <c>L</c> and the as-of date on day <c>e</c>:</para>
/// <list type="bullet">
/// <item>The as-of date counts as elapsed: 10/3/2024 is day 70 of the 366 days of 2024 (and of the 91 of Q1 2024).</item>
/// <item>The plan <c>E(d) = start + (target − start) × W(d) / W(L)</c>, where <c>W(d)</c> is the profile's weight of
/// days 1 to <c>d</c> (<c>W(d) = d</c> for the linear profile) and <c>start</c> the value at the beginning
/// (0 by default). <see cref="ExpectedValue"/> is <c>E(e)</c>.</item>
/// <item>The gap is <c>actual − E(e)</c>, signed positive when better; <see cref="ScheduleStatus"/> states the rule.</item>
/// <item>The plan day reached, <c>d*</c>, is the first day <c>d</c> in 0 to <c>L</c> by whose end the plan had
/// reached the actual (<c>E(d) ≥ actual</c>, or ≤ when lower is better); day 0 is the start. For 150 of 1 000 over
/// 366 days, <c>1 000 × d / 366 ≥ 150</c> first holds for <c>d = 55</c> (54,9 rounded up).</item>
/// <item><see cref="DaysAhead"/> is <c>d* − e</c>: −15 means 15 days behind; 0 when the actual equals the plan. When the
/// actual is past the target, which the plan reaches only on day <c>L</c>, <c>d*</c> is <c>L</c> and
/// <see cref="IsTargetReached"/> is set: the value is at least <c>L − e</c> days ahead.</item>
/// </list>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class ScheduleVariance
{
    private readonly ScheduleSegment[] segments;
    private readonly int[] segmentStartDays;
    private readonly int[] segmentLengths;
    private readonly decimal totalWeight;

    private ScheduleVariance(Indicator indicator, Goal goal, DateInterval period, LocalDate asOf, decimal startValue, decimal? actual, ScheduleProfile profile, decimal tolerance, ScheduleSegment[] segments)
    {
        Indicator = indicator;
        Goal = goal;
        Period = period;
        AsOf = asOf;
        StartValue = startValue;
        Actual = actual;
        Profile = profile;
        Tolerance = tolerance;
        this.segments = segments;
        segmentStartDays = new int[segments.Length];
        segmentLengths = new int[segments.Length];
        for (var i = 0; i < segments.Length; i++)
        {
            segmentStartDays[i] = NodaTime.Period.DaysBetween(period.Start, segments[i].Interval.Start) + 1;
            segmentLengths[i] = segments[i].Interval.Length;
            totalWeight += segments[i].Weight;
        }

        PeriodDays = period.Length;
        ElapsedDays = NodaTime.Period.DaysBetween(period.Start, asOf) + 1;
        ExpectedShare = ShareAt(ElapsedDays);
        ExpectedValue = ExpectedValueAt(ElapsedDays);
        if (actual is not { } a)
        {
            Status = ScheduleStatus.NoData;
            return;
        }

        var sign = GoalRules.Sign(indicator.Polarity);
        var gap = sign * (a - ExpectedValue);
        Gap = gap;
        Status = gap > tolerance ? ScheduleStatus.AheadOfSchedule : gap < -tolerance ? ScheduleStatus.BehindSchedule : ScheduleStatus.OnSchedule;
        IsTargetReached = sign * a >= sign * Target;
        var reached = FirstDayReaching(a, sign);
        PlanDayReached = reached;
        DaysAhead = gap == 0m ? 0 : reached - ElapsedDays;
    }

    /// <summary>The indicator.</summary>
    public Indicator Indicator { get; }

    /// <summary>The goal over the whole period.</summary>
    public Goal Goal { get; }

    /// <summary>The target value at the end of the period.</summary>
    public decimal Target => Goal.Value;

    /// <summary>The target's period.</summary>
    public DateInterval Period { get; }

    /// <summary>The as-of date, inside the period; it counts as elapsed.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The value at the start of the period (0 for a count accumulated from the first day).</summary>
    public decimal StartValue { get; }

    /// <summary>The value reached by the as-of date, or <see langword="null"/> for no data.</summary>
    public decimal? Actual { get; }

    /// <summary>The profile the plan follows.</summary>
    public ScheduleProfile Profile { get; }

    /// <summary>The tolerance in the measure's own difference unit.</summary>
    public decimal Tolerance { get; }

    /// <summary>The days of the period, <c>L</c>.</summary>
    public int PeriodDays { get; }

    /// <summary>The days elapsed by the end of the as-of date, <c>e</c> (1 on the first day).</summary>
    public int ElapsedDays { get; }

    /// <summary>The share of the work the plan expects by the as-of date, <c>W(e) / W(L)</c>: 70/366 on 10/3/2024 in 2024.</summary>
    public decimal ExpectedShare { get; }

    /// <summary>The value the plan expects by the as-of date, unrounded: 191,2568… for 1 000 × 70/366.</summary>
    public decimal ExpectedValue { get; }

    /// <summary>Actual minus expected, positive when better; <see langword="null"/> for no data.</summary>
    public decimal? Gap { get; }

    /// <summary>The status against the plan.</summary>
    public ScheduleStatus Status { get; }

    /// <summary>The first day (0 to <see cref="PeriodDays"/>) by whose end the plan had reached the actual; <see langword="null"/> for no data.</summary>
    public int? PlanDayReached { get; }

    /// <summary>The date of <see cref="PlanDayReached"/>; <see langword="null"/> for no data or day 0 (the plan's start).</summary>
    public LocalDate? PlanDateReached => PlanDayReached is int day && day > 0 ? Period.Start.PlusDays(day - 1) : null;

    /// <summary>Days ahead of the plan, negative when behind (−15 is 15 days behind); <see langword="null"/> for no data.</summary>
    public int? DaysAhead { get; }

    /// <summary>Whether the actual already reaches the target for the whole period.</summary>
    public bool IsTargetReached { get; }

    /// <summary>Evaluates progress at an as-of date.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="goal">An at-least goal (higher is better) or at-most goal (lower is better) for the whole period.</param>
    /// <param name="period">The target's period; for a reporting period, <c>ReportingPeriod.ToDateInterval()</c>.</param>
    /// <param name="asOf">The as-of date, inside the period.</param>
    /// <param name="actual">The value reached by the as-of date (a cumulative count or amount), or <see langword="null"/> for no data.</param>
    /// <param name="options">The start value, profile and tolerance; <see langword="null"/> for <see cref="ScheduleOptions.Default"/>.</param>
    /// <returns>The progress.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> or <paramref name="period"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The goal does not fit the indicator or is not at-least or at-most, or the profile does not fit the period.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The as-of date lies outside the period, the target does not lie beyond the start value in the better direction,
    /// or a value does not fit the measure.
    /// </exception>
    public static ScheduleVariance Evaluate(Indicator indicator, Goal goal, DateInterval period, LocalDate asOf, decimal? actual, ScheduleOptions? options = null)
    {
        GoalRules.EnsureFits(indicator, goal, nameof(goal));
        ArgumentNullException.ThrowIfNull(period);
        options ??= ScheduleOptions.Default;
        if (goal.Kind is not (TargetKind.AtLeast or TargetKind.AtMost))
        {
            throw new ArgumentException($"Progress over time needs an at-least or at-most goal; '{goal}' is {goal.Kind}.", nameof(goal));
        }

        if (!period.Contains(asOf))
        {
            throw new ArgumentOutOfRangeException(nameof(asOf), asOf,
                string.Create(CultureInfo.InvariantCulture, $"The as-of date {asOf:uuuu-MM-dd} lies outside the period {period}."));
        }

        var startValue = options.StartValue;
        indicator.Measure.EnsureAccepts(MeasuredValue.Of(startValue), nameof(options));
        if (actual is { } given)
        {
            indicator.Measure.EnsureAccepts(MeasuredValue.Of(given), nameof(actual));
        }

        if (GoalRules.Sign(indicator.Polarity) * (goal.Value - startValue) <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(options), startValue,
                string.Create(CultureInfo.InvariantCulture,
                    $"The plan runs from the start value {startValue} to the target {goal.Value}, which must lie beyond it in the better direction ({indicator.Polarity})."));
        }

        var segments = options.Profile.Resolve(period, nameof(options));
        return new(indicator, goal, period, asOf, startValue, actual, options.Profile, options.Tolerance, segments);
    }

    /// <summary>The value the plan expects by the end of a date of the period, <c>E(d)</c>.</summary>
    /// <param name="date">A date inside the period.</param>
    /// <returns>The expected value, unrounded.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> lies outside the period.</exception>
    public decimal ExpectedValueOn(LocalDate date)
    {
        if (!Period.Contains(date))
        {
            throw new ArgumentOutOfRangeException(nameof(date), date,
                string.Create(CultureInfo.InvariantCulture, $"The date {date:uuuu-MM-dd} lies outside the period {Period}."));
        }

        return ExpectedValueAt(NodaTime.Period.DaysBetween(Period.Start, date) + 1);
    }

    /// <summary>
    /// Writes the progress: "tính đến ngày 10/3/2024 đạt 150 hồ sơ, kế hoạch 191 hồ sơ (ngày 70/366); chậm tiến độ
    /// 15 ngày, thiếu 41 hồ sơ so với kế hoạch".
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The sentence.</returns>
    public string Describe(Language language) => EvaluationText.DescribeSchedule(this, language);

    /// <summary>Writes the progress in English.</summary>
    /// <returns>The sentence.</returns>
    public override string ToString() => Describe(Language.English);

    // The weight of days 1..day as a fraction numerator / denominator, kept apart so that the one division comes last.
    private (decimal Numerator, decimal Denominator) WeightUpTo(int day)
    {
        if (day <= 0)
        {
            return (0m, 1m);
        }

        var cumulative = 0m;
        for (var i = 0; i < segments.Length; i++)
        {
            var length = segmentLengths[i];
            var into = day - segmentStartDays[i] + 1;
            if (into < length)
            {
                return ((cumulative * length) + (segments[i].Weight * into), totalWeight * length);
            }

            cumulative += segments[i].Weight;
        }

        return (totalWeight, totalWeight);
    }

    private decimal ShareAt(int day)
    {
        var (numerator, denominator) = WeightUpTo(day);
        return numerator / denominator;
    }

    private decimal ExpectedValueAt(int day)
    {
        var (numerator, denominator) = WeightUpTo(day);
        var span = Target - StartValue;
        try
        {
            return StartValue + (span * numerator / denominator);
        }
        catch (OverflowException)
        {
            // A target near decimal's limit (7,9 × 10^28) times a day count passes the range; the share first cannot.
            return StartValue + (span / denominator * numerator);
        }
    }

    // The day a straight line from the start to the target reaches a value, before the rounding is checked; none when the
    // values are so large that the difference passes decimal's range (the bisection needs no difference).
    private int? LinearGuess(decimal actual)
    {
        try
        {
            var fraction = (actual - StartValue) / (Target - StartValue);
            return fraction <= 0m ? 0 : fraction >= 1m ? PeriodDays : (int)Math.Ceiling(fraction * PeriodDays);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private int FirstDayReaching(decimal actual, int sign)
    {
        if (sign * actual > sign * Target)
        {
            return PeriodDays;
        }

        // On a straight line the day is ⌈(a − s) / (T − s) × L⌉, give or take the rounding of the one division: start
        // there and step to the first day that reaches, each step judged by the same E(d) as the bisection below.
        if (segments.Length == 1 && LinearGuess(actual) is { } guess)
        {
            var day = guess;
            if (sign * ExpectedValueAt(day) >= sign * actual)
            {
                while (day > 0 && sign * ExpectedValueAt(day - 1) >= sign * actual)
                {
                    day--;
                }
            }
            else
            {
                while (day < PeriodDays && sign * ExpectedValueAt(day) < sign * actual)
                {
                    day++;
                }
            }

            return day;
        }

        // E is monotone in the better direction (weights are not negative), so the first day is found by bisection.
        int low = 0, high = PeriodDays;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (sign * ExpectedValueAt(middle) >= sign * actual)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }
}
