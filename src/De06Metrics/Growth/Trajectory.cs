using System.Collections.Immutable;
using System.Globalization;
using De06Metrics.Indicators;
using De06Metrics.Periods;

namespace De06Metrics.Growth;

/// <summary>
/// A planned path ("lộ trình") from a baseline to an end target, one milestone a year: 60% in 2020 to 90% in 2025
/// passes 66, 72, 78 and 84 in between when the steps are equal (<see cref="TrajectoryMethod.Linear"/>), or
/// 60 · 1,5^(k/5) when the growth rate is (<see cref="TrajectoryMethod.ConstantGrowth"/>), or the plan's own
/// milestones (<see cref="TrajectoryMethod.Explicit"/>). <see cref="Check"/> sets a figure against its year's
/// milestone.
/// </summary>
/// <remarks>
/// <para>
/// A period takes the milestone of the year it is reported in (<see cref="ReportingPeriod.Year"/>): a quarter of
/// 2023, the first nine months of 2023 and the year 2023 all take the 2023 milestone. A period before the baseline's
/// year or after the end's is refused, and so is a custom period that spans two years.
/// </para>
/// <para>
/// Milestones are <see cref="decimal"/>. A linear milestone is exact but for the last digit of a repeating fraction. A
/// constant-growth milestone takes the root (t / b)^(1/n) refined by Newton's method in <see cref="decimal"/> when
/// the trajectory spans up to 100 years (about 28 significant digits), then its whole powers; the baseline and end
/// milestones are the given values exactly.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class Trajectory
{
    private readonly ImmutableArray<TrajectoryMilestone> milestones;

    private Trajectory(
        Indicator indicator,
        TrajectoryMethod method,
        TrajectoryMilestone baseline,
        TrajectoryMilestone target,
        ImmutableArray<TrajectoryMilestone> given,
        ImmutableArray<TrajectoryMilestone> milestones,
        int betterSign)
    {
        Indicator = indicator;
        Method = method;
        Baseline = baseline;
        Target = target;
        GivenMilestones = given;
        this.milestones = milestones;
        BetterSign = betterSign;
    }

    /// <summary>The indicator, whose polarity says which side of a milestone is on track.</summary>
    public Indicator Indicator { get; }

    /// <summary>How the milestones between the baseline and the end were set.</summary>
    public TrajectoryMethod Method { get; }

    /// <summary>The baseline: the value the path starts from, in its year.</summary>
    public TrajectoryMilestone Baseline { get; }

    /// <summary>The end target: the value the path reaches, in its year.</summary>
    public TrajectoryMilestone Target { get; }

    /// <summary>The milestones the plan gave between the baseline and the end (<see cref="TrajectoryMethod.Explicit"/>); empty otherwise.</summary>
    public IReadOnlyList<TrajectoryMilestone> GivenMilestones { get; }

    /// <summary>The milestone of every year from the baseline's to the end's, both included, in order.</summary>
    public IReadOnlyList<TrajectoryMilestone> Milestones => milestones;

    internal int BetterSign { get; }

    /// <summary>A path in equal steps: the milestone of year k after the baseline is b + (t − b) · k / n.</summary>
    /// <param name="indicator">The indicator; higher or lower is better (not within a band, not yes/no).</param>
    /// <param name="baseline">The baseline value and year.</param>
    /// <param name="target">The end target and its year; a later year than the baseline's.</param>
    /// <returns>The trajectory.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The polarity is within a band, or the target's year is not after the baseline's.</exception>
    public static Trajectory Linear(Indicator indicator, TrajectoryMilestone baseline, TrajectoryMilestone target)
    {
        var betterSign = Validate(indicator, baseline, target);
        var n = target.Year - baseline.Year;
        var path = ImmutableArray.CreateBuilder<TrajectoryMilestone>(n + 1);
        for (var k = 0; k <= n; k++)
        {
            path.Add(new(baseline.Year + k, LinearValue(baseline, target, baseline.Year + k)));
        }

        return new(indicator, TrajectoryMethod.Linear, baseline, target, [], path.MoveToImmutable(), betterSign);
    }

    /// <summary>
    /// A path of constant compound growth: the milestone of year k after the baseline is b · (t / b)^(k / n).
    /// </summary>
    /// <param name="indicator">The indicator; higher or lower is better (not within a band, not yes/no).</param>
    /// <param name="baseline">The baseline value and year; the value not zero.</param>
    /// <param name="target">The end target and its year; a later year, a value of the baseline's sign.</param>
    /// <returns>The trajectory.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The polarity is within a band, the target's year is not after the baseline's, the baseline value is zero
    /// (no growth rate leads away from zero), or the target is zero or of the other sign (no constant growth rate
    /// crosses or reaches zero).
    /// </exception>
    public static Trajectory ConstantGrowth(Indicator indicator, TrajectoryMilestone baseline, TrajectoryMilestone target)
    {
        var betterSign = Validate(indicator, baseline, target);
        if (baseline.Value == 0m)
        {
            throw new ArgumentException(Invariant(
                $"A constant-growth trajectory cannot start from a baseline value of 0 (in {baseline.Year}): no growth rate leads away from zero; use a linear trajectory."),
                nameof(baseline));
        }

        if (target.Value == 0m || GrowthMath.HaveOppositeSigns(baseline.Value, target.Value))
        {
            throw new ArgumentException(Invariant(
                $"A constant-growth trajectory cannot go from {baseline.Value} (in {baseline.Year}) to {target.Value} (in {target.Year}): a constant growth rate never reaches or crosses zero; use a linear trajectory."),
                nameof(target));
        }

        var n = target.Year - baseline.Year;
        var ratio = target.Value / baseline.Value;
        if (!GrowthMath.TryRoot(ratio, n, out var root))
        {
            throw new ArgumentException(Invariant(
                $"A constant-growth trajectory from {baseline.Value} to {target.Value} over {n} years is beyond the range of decimal."),
                nameof(target));
        }

        var path = ImmutableArray.CreateBuilder<TrajectoryMilestone>(n + 1);
        path.Add(baseline);
        for (var k = 1; k < n; k++)
        {
            path.Add(new(baseline.Year + k, baseline.Value * GrowthMath.Power(root, k)));
        }

        path.Add(target);
        return new(indicator, TrajectoryMethod.ConstantGrowth, baseline, target, [], path.MoveToImmutable(), betterSign);
    }

    /// <summary>
    /// A path through milestones the plan gives; a year without one takes the straight line between its neighbours
    /// (the baseline and the end count as neighbours).
    /// </summary>
    /// <param name="indicator">The indicator; higher or lower is better (not within a band, not yes/no).</param>
    /// <param name="baseline">The baseline value and year.</param>
    /// <param name="target">The end target and its year; a later year than the baseline's.</param>
    /// <param name="milestones">The plan's milestones, in strictly increasing years strictly between the baseline's and the end's.</param>
    /// <returns>The trajectory.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> or <paramref name="milestones"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The polarity is within a band, the target's year is not after the baseline's, or a milestone's year is not
    /// after the one before it or not strictly between the baseline's and the end's (the message names it).
    /// </exception>
    public static Trajectory Explicit(
        Indicator indicator,
        TrajectoryMilestone baseline,
        TrajectoryMilestone target,
        IEnumerable<TrajectoryMilestone> milestones)
    {
        var betterSign = Validate(indicator, baseline, target);
        ArgumentNullException.ThrowIfNull(milestones);
        var given = milestones.ToImmutableArray();
        var previous = baseline;
        for (var i = 0; i < given.Length; i++)
        {
            var milestone = given[i];
            if (milestone.Year <= previous.Year)
            {
                throw new ArgumentException(
                    i == 0
                        ? Invariant($"Milestone 0 ({milestone}) must be after the baseline's year {baseline.Year}.")
                        : Invariant($"Milestone {i} ({milestone}) must be after milestone {i - 1} ({previous}): years increase strictly."),
                    nameof(milestones));
            }

            if (milestone.Year >= target.Year)
            {
                throw new ArgumentException(Invariant(
                    $"Milestone {i} ({milestone}) must be before the end target's year {target.Year}."),
                    nameof(milestones));
            }

            previous = milestone;
        }

        var knots = given.Insert(0, baseline).Add(target);
        var n = target.Year - baseline.Year;
        var path = ImmutableArray.CreateBuilder<TrajectoryMilestone>(n + 1);
        var segment = 0;
        for (var year = baseline.Year; year <= target.Year; year++)
        {
            while (knots[segment + 1].Year < year)
            {
                segment++;
            }

            var (from, to) = (knots[segment], knots[segment + 1]);
            path.Add(new(year, year == to.Year ? to.Value : LinearValue(from, to, year)));
        }

        return new(indicator, TrajectoryMethod.Explicit, baseline, target, given, path.MoveToImmutable(), betterSign);
    }

    /// <summary>The milestone of a year.</summary>
    /// <param name="year">The year; from the baseline's to the end's.</param>
    /// <returns>The milestone.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is before the baseline's year or after the end's.</exception>
    public TrajectoryMilestone MilestoneFor(int year)
    {
        if (year < Baseline.Year || year > Target.Year)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, Invariant(
                $"Year {year} is outside the trajectory, which runs from {Baseline.Year} to {Target.Year}."));
        }

        return milestones[year - Baseline.Year];
    }

    /// <summary>The milestone of the year a period is reported in: a quarter of 2023 takes the 2023 milestone.</summary>
    /// <param name="period">The period.</param>
    /// <returns>The milestone.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The period is a custom period spanning two years, or its year is outside the trajectory
    /// (<see cref="ArgumentOutOfRangeException"/>, naming the period).
    /// </exception>
    public TrajectoryMilestone MilestoneFor(ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (period.Kind == PeriodKind.Custom && period.Start.Year != period.End.Year)
        {
            throw new ArgumentException(Invariant(
                $"The period {period.ToString("I", null)} spans {period.Start.Year} and {period.End.Year}; a trajectory has one milestone a year, so a period must lie within one year."),
                nameof(period));
        }

        if (period.Year < Baseline.Year || period.Year > Target.Year)
        {
            throw new ArgumentOutOfRangeException(nameof(period), period, Invariant(
                $"The period {period.ToString("I", null)} is in {period.Year}, outside the trajectory, which runs from {Baseline.Year} to {Target.Year}."));
        }

        return milestones[period.Year - Baseline.Year];
    }

    /// <summary>Sets a figure against the milestone of its period's year.</summary>
    /// <param name="actual">The figure.</param>
    /// <param name="period">The period it is for.</param>
    /// <returns>The check: milestone, gap and status.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The period cannot take a milestone (see <see cref="MilestoneFor(ReportingPeriod)"/>).</exception>
    public TrajectoryCheck Check(decimal actual, ReportingPeriod period) => new(this, period, actual, MilestoneFor(period));

    /// <summary>Writes the trajectory in invariant form: <c>Linear 2020: 60 → 2025: 90</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Invariant($"{Method} {Baseline} → {Target}");

    private static int Validate(Indicator indicator, TrajectoryMilestone baseline, TrajectoryMilestone target)
    {
        var betterSign = GrowthMath.BetterSign(indicator, nameof(indicator));
        if (target.Year <= baseline.Year)
        {
            throw new ArgumentException(Invariant(
                $"The end target's year {target.Year} must be after the baseline's year {baseline.Year}."),
                nameof(target));
        }

        return betterSign;
    }

    // b + (t − b) · k / n, the product taken before dividing so that whole steps stay exact.
    private static decimal LinearValue(TrajectoryMilestone from, TrajectoryMilestone to, int year) =>
        from.Value + ((to.Value - from.Value) * (year - from.Year) / (to.Year - from.Year));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
