using De06Metrics.Evaluation;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Text;

namespace De06Metrics.Tests.Evaluation;

public class ScheduleVarianceTest
{
    private static readonly DateInterval Year2024 = new(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31));
    private static readonly DateInterval Q1Of2024 = new(new LocalDate(2024, 1, 1), new LocalDate(2024, 3, 31));
    private static readonly LocalDate TenthOfMarch = new(2024, 3, 10);

    [Fact]
    public void A_yearly_target_of_1000_with_150_by_the_tenth_of_march_is_fifteen_days_behind()
    {
        var progress = ScheduleVariance.Evaluate(Indicators.Records, Goal.AtLeast(1000m), Year2024, TenthOfMarch, 150m);

        // 31 days of January + 29 of February + 10 of March = day 70 of the 366 days of 2024.
        progress.ElapsedDays.Should().Be(70);
        progress.PeriodDays.Should().Be(366);
        progress.ExpectedShare.Should().Be(70m / 366m);
        progress.ExpectedValue.Should().Be(1000m * 70m / 366m);
        Language.Vietnamese.FormatNumber(progress.ExpectedValue, 2).Should().Be("191,26");
        progress.Status.Should().Be(ScheduleStatus.BehindSchedule);
        progress.Gap.Should().Be(150m - (1000m * 70m / 366m));

        // 150 / 1000 × 366 = 54,9: the plan reached 150 by the end of day 55, 24/2/2024, 15 days before day 70.
        progress.PlanDayReached.Should().Be(55);
        progress.PlanDateReached.Should().Be(new LocalDate(2024, 2, 24));
        progress.DaysAhead.Should().Be(-15);
        progress.IsTargetReached.Should().BeFalse();

        progress.Describe(Language.Vietnamese).Should().Be(
            "tính đến ngày 10/3/2024 đạt 150 hồ sơ, kế hoạch 191 hồ sơ (đã qua 70/366 ngày của năm); chậm tiến độ 15 ngày, thiếu 41 hồ sơ so với kế hoạch");
        progress.Describe(Language.English).Should().Be(
            "150 records as of 10 March 2024 against 191 records planned (70 of the year's 366 days elapsed); 15 days behind schedule, 41 records short of the plan");
    }

    [Fact]
    public void A_reporting_period_gives_the_same_plan_as_its_dates()
    {
        var byPeriod = ScheduleVariance.Evaluate(Indicators.Records, Goal.AtLeast(1000m), ReportingPeriod.ForYear(2024).ToDateInterval(), TenthOfMarch, 150m);
        byPeriod.Period.Equals(Year2024).Should().BeTrue();
        byPeriod.DaysAhead.Should().Be(-15);
        // The period's own arithmetic agrees: day 70 of Q1 2024's 91 days.
        var quarter = ReportingPeriod.ForQuarter(2024, 1);
        ScheduleVariance.Evaluate(Indicators.Records, Goal.AtLeast(91m), quarter.ToDateInterval(), TenthOfMarch, 70m).ExpectedShare.Should().Be(quarter.ElapsedFraction(TenthOfMarch));
    }

    [Fact]
    public void The_as_of_date_counts_as_elapsed()
    {
        ScheduleVariance.Evaluate(Indicators.Records, Goal.AtLeast(91m), Q1Of2024, TenthOfMarch, 70m).ElapsedDays.Should().Be(70);
        ScheduleVariance.Evaluate(Indicators.Records, Goal.AtLeast(91m), Q1Of2024, TenthOfMarch, 70m).PeriodDays.Should().Be(91);
        ScheduleVariance.Evaluate(Indicators.Records, Goal.AtLeast(91m), Q1Of2024, Q1Of2024.Start, 1m).ElapsedDays.Should().Be(1);
        // 91 over 91 days is one a day: 70 by day 70 is exactly on plan.
        var onPlan = ScheduleVariance.Evaluate(Indicators.Records, Goal.AtLeast(91m), Q1Of2024, TenthOfMarch, 70m);
        onPlan.Status.Should().Be(ScheduleStatus.OnSchedule);
        onPlan.DaysAhead.Should().Be(0);
        onPlan.Describe(Language.Vietnamese).Should().EndWith("; đúng tiến độ");
    }

    [Fact]
    public void Ahead_of_schedule_counts_the_days_until_the_plan_catches_up()
    {
        // 250 / 1000 × 366 = 91,5: the plan reaches 250 on day 92, 22 days after day 70.
        var progress = ScheduleVariance.Evaluate(Indicators.Records, Goal.AtLeast(1000m), Year2024, TenthOfMarch, 250m);
        progress.Status.Should().Be(ScheduleStatus.AheadOfSchedule);
        progress.DaysAhead.Should().Be(22);
        progress.Describe(Language.Vietnamese).Should().EndWith("; vượt tiến độ 22 ngày, vượt kế hoạch 59 hồ sơ");
        progress.Describe(Language.English).Should().EndWith("; 22 days ahead of schedule, 59 records ahead of the plan");
    }

    [Fact]
    public void A_target_already_reached_is_at_least_the_rest_of_the_period_ahead()
    {
        var progress = ScheduleVariance.Evaluate(Indicators.Records, Goal.AtLeast(1000m), Year2024, TenthOfMarch, 1200m);
        progress.IsTargetReached.Should().BeTrue();
        progress.PlanDayReached.Should().Be(366);
        progress.DaysAhead.Should().Be(296);
        progress.Describe(Language.English).Should().EndWith("; the target for the whole period is already reached, at least 296 days ahead of schedule, 1,009 records ahead of the plan");
    }

    [Fact]
    public void Less_than_a_day_behind_is_said_so()
    {
        // 191 / 1000 × 366 = 69,9: the plan reached 191 on day 70 itself.
        var progress = ScheduleVariance.Evaluate(Indicators.Records, Goal.AtLeast(1000m), Year2024, TenthOfMarch, 191m);
        progress.Status.Should().Be(ScheduleStatus.BehindSchedule);
        progress.DaysAhead.Should().Be(0);
        progress.Describe(Language.Vietnamese).Should().Contain("chậm tiến độ chưa tới 1 ngày");
    }

    [Fact]
    public void A_tolerance_keeps_a_small_gap_on_schedule()
    {
        var progress = ScheduleVariance.Evaluate(Indicators.Records, Goal.AtLeast(1000m), Year2024, TenthOfMarch, 190m, new ScheduleOptions(tolerance: 5m));
        progress.Status.Should().Be(ScheduleStatus.OnSchedule);
    }

    [Fact]
    public void Nothing_done_is_behind_by_every_elapsed_day()
    {
        var progress = ScheduleVariance.Evaluate(Indicators.Records, Goal.AtLeast(1000m), Year2024, TenthOfMarch, 0m);
        progress.PlanDayReached.Should().Be(0);
        progress.PlanDateReached.Should().BeNull();
        progress.DaysAhead.Should().Be(-70);
    }

    [Fact]
    public void Monthly_weights_shape_the_plan()
    {
        // Q1 with weights 1, 1, 2 for a target of 400: 100 in January, 100 in February, 200 over March's 31 days.
        // By 10 March: 100 + 100 + 200 × 10/31 = 264,516…
        var progress = ScheduleVariance.Evaluate(Indicators.Records, Goal.AtLeast(400m), Q1Of2024, TenthOfMarch, 250m, new ScheduleOptions(profile: ScheduleProfile.MonthlyWeights(1m, 1m, 2m)));
        progress.ExpectedValue.Should().BeApproximately(200m + (200m * 10m / 31m), 1e-20m);
        progress.ExpectedShare.Should().Be(82m / 124m);
        progress.Status.Should().Be(ScheduleStatus.BehindSchedule);
        progress.ExpectedValueOn(new LocalDate(2024, 2, 29)).Should().Be(200m);
        progress.ExpectedValueOn(Q1Of2024.End).Should().Be(400m);
    }

    [Fact]
    public void Segments_shape_the_plan_and_must_tile_the_period()
    {
        var firstHalf = new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 6, 30));
        var secondHalf = new DateInterval(new LocalDate(2024, 7, 1), new LocalDate(2024, 12, 31));
        var backLoaded = ScheduleProfile.FromSegments([new ScheduleSegment(firstHalf, 1m), new ScheduleSegment(secondHalf, 3m)]);
        var progress = ScheduleVariance.Evaluate(Indicators.Records, Goal.AtLeast(1000m), Year2024, new LocalDate(2024, 6, 30), 250m, new ScheduleOptions(profile: backLoaded));
        progress.ExpectedValue.Should().Be(250m);
        progress.Status.Should().Be(ScheduleStatus.OnSchedule);

        var gap = ScheduleProfile.FromSegments([new ScheduleSegment(firstHalf, 1m), new ScheduleSegment(new DateInterval(new LocalDate(2024, 7, 2), new LocalDate(2024, 12, 31)), 3m)]);
        var act = () => ScheduleVariance.Evaluate(Indicators.Records, Goal.AtLeast(1000m), Year2024, TenthOfMarch, 250m, new ScheduleOptions(profile: gap));
        act.Should().Throw<ArgumentException>().WithParameterName("options").WithMessage("*2024-07-01*");

        var months = () => ScheduleVariance.Evaluate(Indicators.Records, Goal.AtLeast(1000m), Q1Of2024, TenthOfMarch, 250m, new ScheduleOptions(profile: ScheduleProfile.MonthlyWeights(1m, 1m)));
        months.Should().Throw<ArgumentException>().WithParameterName("options").WithMessage("*3 calendar months*2 monthly weights*");
    }

    [Fact]
    public void Lower_is_better_plans_run_down_from_a_start_value()
    {
        // From 100 late dossiers toward at most 20 over 2024; by 1 July (day 183 of 366) the plan expects 60.
        // 70 was planned on the first day d with 100 − 80 d / 366 ≤ 70, d ≥ 137,25: day 138, 45 days before day 183.
        var progress = ScheduleVariance.Evaluate(Indicators.LateDossiers, Goal.AtMost(20m), Year2024, new LocalDate(2024, 7, 1), 70m, new ScheduleOptions(startValue: 100m));
        progress.ExpectedValue.Should().Be(60m);
        progress.Gap.Should().Be(-10m);
        progress.Status.Should().Be(ScheduleStatus.BehindSchedule);
        progress.DaysAhead.Should().Be(-45);
        progress.Describe(Language.Vietnamese).Should().EndWith("; chậm tiến độ 45 ngày, cao hơn kế hoạch 10 hồ sơ");
    }

    [Fact]
    public void No_data_is_stated_with_the_plan()
    {
        var progress = ScheduleVariance.Evaluate(Indicators.Records, Goal.AtLeast(1000m), Year2024, TenthOfMarch, null);
        progress.Status.Should().Be(ScheduleStatus.NoData);
        progress.DaysAhead.Should().BeNull();
        progress.Describe(Language.Vietnamese).Should().Be("tính đến ngày 10/3/2024 không có số liệu (kế hoạch 191 hồ sơ, đã qua 70/366 ngày của năm)");
        progress.Describe(Language.English).Should().Be("no data as of 10 March 2024 (191 records planned, 70 of the year's 366 days elapsed)");
    }

    [Fact]
    public void Bad_input_is_refused_naming_the_argument_and_value()
    {
        var outside = () => ScheduleVariance.Evaluate(Indicators.Records, Goal.AtLeast(91m), Q1Of2024, new LocalDate(2024, 4, 1), 1m);
        outside.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("asOf").WithMessage("*2024-04-01*");

        var backwards = () => ScheduleVariance.Evaluate(Indicators.Records, Goal.AtLeast(100m), Year2024, TenthOfMarch, 50m, new ScheduleOptions(startValue: 150m));
        backwards.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("options").WithMessage("*150*100*");

        var tolerance = () => new ScheduleOptions(tolerance: -1m);
        tolerance.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("tolerance").WithMessage("*-1*");

        var band = () => ScheduleVariance.Evaluate(Indicators.BandedRate, Goal.Between(90m, 98m), Year2024, TenthOfMarch, 93m);
        band.Should().Throw<ArgumentException>().WithParameterName("goal");

        var weights = () => ScheduleProfile.MonthlyWeights(1m, -1m);
        weights.Should().Throw<ArgumentException>().WithParameterName("weights").WithMessage("*-1*");
    }

    /// <summary>
    /// Defect found by the reliability round-trip properties (a scorecard evaluated as of a date): a count target near
    /// decimal's limit made the plan's expected value, (target − start) × 70 / 366, overflow with a bare
    /// OverflowException. The share is now taken first when the product would overflow: 79 228 162 514 264 337 593 543
    /// 950 335 × 70 / 366 = 15 152 927 256 826 512 654 502 941 320,9…
    /// </summary>
    [Fact]
    public void A_target_near_decimals_limit_gives_a_plan_rather_than_overflowing()
    {
        var progress = ScheduleVariance.Evaluate(Indicators.Records, Goal.AtLeast(decimal.MaxValue), Year2024, TenthOfMarch, 150m);

        progress.ExpectedValue.Should().BeApproximately(15_152_927_256_826_512_654_502_941_320.9m, 100m);
        progress.Status.Should().Be(ScheduleStatus.BehindSchedule);
    }

    [Theory]
    [InlineData(0, 1000, false)]
    [InlineData(400, 900, false)]
    [InlineData(20, 5, true)]
    [InlineData(1, 4, false)]
    public void The_day_a_figure_is_reached_is_the_first_day_of_the_plan_that_reaches_it(int start, int target, bool lowerIsBetter)
    {
        // Checked against a walk over every day of the year: the first day d whose planned value E(d) (day 0 being the
        // start) reaches the figure in the better direction; the last day when none does.
        var indicator = Indicators.Balance(lowerIsBetter ? Polarity.LowerIsBetter : Polarity.HigherIsBetter);
        var goal = lowerIsBetter ? Goal.AtMost(target) : Goal.AtLeast(target);
        var sign = lowerIsBetter ? -1 : 1;
        var random = new Random(start * 31 + target);
        for (var n = 0; n < 300; n++)
        {
            var low = Math.Min(start, target) - 2;
            var figure = Math.Round(low + ((decimal)random.NextDouble() * (Math.Abs(target - start) + 4)), random.Next(0, 4));
            if (lowerIsBetter && figure < 0m)
            {
                continue;
            }

            var progress = ScheduleVariance.Evaluate(indicator, goal, Year2024, TenthOfMarch, figure, new ScheduleOptions(start));
            var expected = 0;
            while (expected < 366 && sign * (expected == 0 ? start : progress.ExpectedValueOn(Year2024.Start.PlusDays(expected - 1))) < sign * figure)
            {
                expected++;
            }

            progress.PlanDayReached.Should().Be(expected, "the figure {0} is first reached on day {1}", figure, expected);
        }
    }
}
