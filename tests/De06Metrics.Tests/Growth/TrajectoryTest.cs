using De06Metrics.Growth;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Tests.Text;
using De06Metrics.Text;
using static De06Metrics.Tests.Growth.GrowthIndicators;

namespace De06Metrics.Tests.Growth;

public class TrajectoryTest
{
    private static readonly TrajectoryMilestone Baseline2020 = new(2020, 60m);
    private static readonly TrajectoryMilestone Target2025 = new(2025, 90m);

    [Fact]
    public void A_linear_trajectory_steps_evenly()
    {
        // (90 − 60) / 5 = 6 points a year: 60, 66, 72, 78, 84, 90.
        var trajectory = Trajectory.Linear(OnlineRate, Baseline2020, Target2025);

        trajectory.Method.Should().Be(TrajectoryMethod.Linear);
        trajectory.Milestones.Select(m => m.Year).Should().Equal(2020, 2021, 2022, 2023, 2024, 2025);
        trajectory.Milestones.Select(m => m.Value).Should().Equal(60m, 66m, 72m, 78m, 84m, 90m);
        trajectory.GivenMilestones.Should().BeEmpty();
    }

    [Fact]
    public void A_linear_step_that_does_not_divide_is_as_exact_as_decimal()
    {
        // 60 → 70 over 3 years: 60 + 10 · 1 / 3 = 63,333…; 60 + 10 · 2 / 3 = 66,666…
        var trajectory = Trajectory.Linear(OnlineRate, new TrajectoryMilestone(2020, 60m), new TrajectoryMilestone(2023, 70m));

        trajectory.MilestoneFor(2021).Value.Should().BeApproximately(63.3333333333333333m, 1e-16m);
        trajectory.MilestoneFor(2022).Value.Should().BeApproximately(66.6666666666666667m, 1e-16m);
        trajectory.MilestoneFor(2023).Value.Should().Be(70m);
    }

    [Fact]
    public void A_constant_growth_trajectory_compounds()
    {
        // 60 · 1,5^(k/5), computed by hand with logarithms: ln 1,5 = 0,4054651081; k = 1: e^0,0810930216 = 1,0844717712,
        // × 60 = 65,0683063; k = 2: e^0,1621860432 = 1,1760790225, × 60 = 70,5647414 (the growth each year is
        // 1,5^(1/5) − 1 = 8,447%); k = 3: 76,5254700; k = 4: 82,9897120.
        var trajectory = Trajectory.ConstantGrowth(OnlineRate, Baseline2020, Target2025);

        trajectory.Method.Should().Be(TrajectoryMethod.ConstantGrowth);
        var values = trajectory.Milestones.Select(m => m.Value).ToArray();
        values[0].Should().Be(60m);
        values[1].Should().BeApproximately(65.0683063m, 0.0000001m);
        values[2].Should().BeApproximately(70.5647414m, 0.0000001m);
        values[3].Should().BeApproximately(76.5254700m, 0.0000001m);
        values[4].Should().BeApproximately(82.9897120m, 0.0000001m);
        values[5].Should().Be(90m);
        // Each year's milestone is the one before times the same factor 1,5^(1/5) = 1,0844717712.
        (values[3] / values[2]).Should().BeApproximately(values[1] / values[0], 1e-20m);
    }

    [Fact]
    public void Constant_growth_is_exact_when_the_root_is()
    {
        // 100 → 121 in two years: √1,21 = 1,1 exactly, so 2021 is 110.
        var trajectory = Trajectory.ConstantGrowth(HealthRecords, new TrajectoryMilestone(2020, 100m), new TrajectoryMilestone(2022, 121m));
        trajectory.MilestoneFor(2021).Value.Should().Be(110m);
    }

    [Fact]
    public void Constant_growth_refuses_a_zero_base_and_a_change_of_sign_naming_them()
    {
        FluentActions.Invoking(() => Trajectory.ConstantGrowth(OnlineRate, new TrajectoryMilestone(2020, 0m), Target2025))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "baseline" && e.Message.Contains("baseline value of 0"));
        FluentActions.Invoking(() => Trajectory.ConstantGrowth(OnlineRate, new TrajectoryMilestone(2020, -5m), new TrajectoryMilestone(2025, 10m)))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "target" && e.Message.Contains("-5") && e.Message.Contains("10"));
        FluentActions.Invoking(() => Trajectory.ConstantGrowth(LateRate, new TrajectoryMilestone(2020, 5m), new TrajectoryMilestone(2025, 0m)))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "target");
    }

    [Fact]
    public void Constant_growth_between_two_negative_values_keeps_their_sign()
    {
        // −4 → −1 over two years: ratio 0,25, root 0,5; 2021 is −4 · 0,5 = −2.
        var trajectory = Trajectory.ConstantGrowth(HealthRecords, new TrajectoryMilestone(2020, -4m), new TrajectoryMilestone(2022, -1m));
        trajectory.MilestoneFor(2021).Value.Should().Be(-2m);
    }

    [Fact]
    public void Explicit_milestones_are_kept_and_years_between_take_the_straight_line()
    {
        // Given 2022: 70 and 2023: 80. 2021 lies halfway between 60 (2020) and 70: 65; 2024 halfway between 80 and 90: 85.
        var trajectory = Trajectory.Explicit(OnlineRate, Baseline2020, Target2025, [new(2022, 70m), new(2023, 80m)]);

        trajectory.Method.Should().Be(TrajectoryMethod.Explicit);
        trajectory.Milestones.Select(m => m.Value).Should().Equal(60m, 65m, 70m, 80m, 85m, 90m);
        trajectory.GivenMilestones.Should().Equal(new TrajectoryMilestone(2022, 70m), new TrajectoryMilestone(2023, 80m));
    }

    [Fact]
    public void Explicit_milestones_must_increase_within_the_range()
    {
        FluentActions.Invoking(() => Trajectory.Explicit(OnlineRate, Baseline2020, Target2025, [new(2023, 80m), new(2022, 70m)]))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "milestones" && e.Message.Contains("Milestone 1 (2022: 70)"));
        FluentActions.Invoking(() => Trajectory.Explicit(OnlineRate, Baseline2020, Target2025, [new(2022, 70m), new(2022, 71m)]))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "milestones" && e.Message.Contains("strictly"));
        FluentActions.Invoking(() => Trajectory.Explicit(OnlineRate, Baseline2020, Target2025, [new(2020, 61m)]))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "milestones" && e.Message.Contains("baseline's year 2020"));
        FluentActions.Invoking(() => Trajectory.Explicit(OnlineRate, Baseline2020, Target2025, [new(2025, 90m)]))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "milestones" && e.Message.Contains("end target's year 2025"));
    }

    [Fact]
    public void The_end_must_come_after_the_baseline_and_the_indicator_needs_a_direction()
    {
        FluentActions.Invoking(() => Trajectory.Linear(OnlineRate, Baseline2020, new TrajectoryMilestone(2020, 90m)))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "target" && e.Message.Contains("2020"));
        FluentActions.Invoking(() => Trajectory.Linear(Banded, Baseline2020, Target2025))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "indicator");
        FluentActions.Invoking(() => new TrajectoryMilestone(24, 1m))
            .Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "year");
    }

    [Fact]
    public void A_period_inside_a_year_takes_that_years_milestone()
    {
        var trajectory = Trajectory.Linear(OnlineRate, Baseline2020, Target2025);

        trajectory.MilestoneFor(ReportingPeriod.ForQuarter(2023, 2)).Should().Be(new TrajectoryMilestone(2023, 78m));
        trajectory.MilestoneFor(ReportingPeriod.ForMonthsToDate(2023, 9)).Should().Be(new TrajectoryMilestone(2023, 78m));
        trajectory.MilestoneFor(ReportingPeriod.ForYear(2025)).Should().Be(new TrajectoryMilestone(2025, 90m));
        // A reporting month of January 2021 starts on 15/12/2020 but is reported in 2021.
        trajectory.MilestoneFor(ReportingPeriod.ForReportingMonth(2021, 1, 15)).Should().Be(new TrajectoryMilestone(2021, 66m));
    }

    [Fact]
    public void A_period_outside_the_trajectory_is_refused_clearly()
    {
        var trajectory = Trajectory.Linear(OnlineRate, Baseline2020, Target2025);

        FluentActions.Invoking(() => trajectory.Check(50m, ReportingPeriod.ForQuarter(2019, 4)))
            .Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "period" && e.Message.Contains("2019-Q4") && e.Message.Contains("2020 to 2025"));
        FluentActions.Invoking(() => trajectory.Check(95m, ReportingPeriod.ForYear(2026)))
            .Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "period" && e.Message.Contains("2026"));
        FluentActions.Invoking(() => trajectory.Check(70m, ReportingPeriod.Custom(new LocalDate(2022, 12, 1), new LocalDate(2023, 1, 31))))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "period" && e.Message.Contains("spans 2022 and 2023"));
        FluentActions.Invoking(() => trajectory.MilestoneFor(2026))
            .Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "year");
    }

    [Fact]
    public void A_check_carries_the_milestone_the_gap_and_the_status()
    {
        // 2022 milestone 72; 72,5 − 72 = +0,5 points, above, on track.
        var trajectory = Trajectory.Linear(OnlineRate, Baseline2020, Target2025);
        var check = trajectory.Check(72.5m, ReportingPeriod.ForYear(2022));

        check.Milestone.Should().Be(new TrajectoryMilestone(2022, 72m));
        check.Gap.Should().Be(0.5m);
        check.Status.Should().Be(TrajectoryStatus.OnTrack);
        check.Actual.Should().Be(72.5m);
        check.Period.Should().Be(ReportingPeriod.ForYear(2022));
        check.Method.Should().Be(TrajectoryMethod.Linear);
        check.Polarity.Should().Be(Polarity.HigherIsBetter);
        check.Trajectory.Should().BeSameAs(trajectory);

        // 71 − 72 = −1: below, off track; exactly 72: on track.
        trajectory.Check(71m, ReportingPeriod.ForQuarter(2022, 3)).Status.Should().Be(TrajectoryStatus.OffTrack);
        trajectory.Check(71m, ReportingPeriod.ForQuarter(2022, 3)).Gap.Should().Be(-1m);
        trajectory.Check(72m, ReportingPeriod.ForQuarter(2022, 3)).Status.Should().Be(TrajectoryStatus.OnTrack);
    }

    [Fact]
    public void Lower_is_better_turns_the_status()
    {
        // Late rate 20% (2020) → 10% (2025): 2 points less a year, 2023 milestone 20 − 2 · 3 = 14.
        var trajectory = Trajectory.Linear(LateRate, new TrajectoryMilestone(2020, 20m), new TrajectoryMilestone(2025, 10m));

        var above = trajectory.Check(15m, ReportingPeriod.ForYear(2023));
        above.Gap.Should().Be(1m);
        above.Status.Should().Be(TrajectoryStatus.OffTrack);
        trajectory.Check(13.5m, ReportingPeriod.ForYear(2023)).Status.Should().Be(TrajectoryStatus.OnTrack);
        above.Describe(Language.Vietnamese).Should().Be("ở mức 15,0%, cao hơn mốc lộ trình năm 2023 (14,0%), chậm so với lộ trình");
        above.Describe(Language.English).Should().Be("15.0%, above the 2023 trajectory milestone of 14.0%, off track");
    }

    [Fact]
    public void A_check_reads_in_both_languages()
    {
        var trajectory = Trajectory.Linear(OnlineRate, Baseline2020, Target2025);

        var above = trajectory.Check(72.5m, ReportingPeriod.ForYear(2022));
        above.Describe(Language.Vietnamese).Should().Be("ở mức 72,5%, cao hơn mốc lộ trình năm 2022 (72,0%), đúng lộ trình");
        above.Describe(Language.English).Should().Be("72.5%, above the 2022 trajectory milestone of 72.0%, on track");
        above.ToString().Should().Be(above.Describe(Language.English));

        var below = trajectory.Check(70.1m, ReportingPeriod.ForQuarter(2022, 3));
        below.Describe(Language.Vietnamese).Should().Be("ở mức 70,1%, thấp hơn mốc lộ trình năm 2022 (72,0%), chậm so với lộ trình");
        below.Describe(Language.English).Should().Be("70.1%, below the 2022 trajectory milestone of 72.0%, off track");

        var at = trajectory.Check(72m, ReportingPeriod.ForYear(2022));
        at.Describe(Language.Vietnamese).Should().Be("ở mức 72,0%, bằng mốc lộ trình năm 2022 (72,0%), đúng lộ trình");
        at.Describe(Language.English).Should().Be("72.0%, at the 2022 trajectory milestone of 72.0%, on track");
    }

    [Fact]
    public void A_constant_growth_milestone_is_written_with_the_indicators_decimals()
    {
        // 2022 milestone 70,5647…, written 70,6%; 70,5 is below it.
        var trajectory = Trajectory.ConstantGrowth(OnlineRate, Baseline2020, Target2025);
        trajectory.Check(70.5m, ReportingPeriod.ForYear(2022)).Describe(Language.Vietnamese)
            .Should().Be("ở mức 70,5%, thấp hơn mốc lộ trình năm 2022 (70,6%), chậm so với lộ trình");
    }

    [Trait("Category", "Text")]
    [Theory]
    [InlineData(72.5)]
    [InlineData(72)]
    [InlineData(70)]
    public void Every_word_of_a_check_comes_from_the_phrase_book(double actual)
    {
        var trajectory = Trajectory.Linear(OnlineRate, Baseline2020, Target2025);
        var check = trajectory.Check((decimal)actual, ReportingPeriod.ForYear(2022));

        PseudoLanguage.WordsIn(check.Describe(PseudoLanguage.Instance)).Should().BeEmpty();
    }
}
