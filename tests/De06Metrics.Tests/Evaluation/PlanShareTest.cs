using De06Metrics.Evaluation;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Text;

namespace De06Metrics.Tests.Evaluation;

public class PlanShareTest
{
    private static readonly ReportingPeriod Year2024 = ReportingPeriod.ForYear(2024);
    private static readonly ReportingPeriod Q1 = ReportingPeriod.ForQuarter(2024, 1);
    private static readonly ReportingPeriod Q2 = ReportingPeriod.ForQuarter(2024, 2);

    private static Indicator Dossiers(AccumulationKind? kind = null) =>
        new(new IndicatorCode("HS"), new LocalizedText("Số hồ sơ", "Dossiers"), Measure.Count(new LocalizedText("hồ sơ", "dossiers")), Polarity.HigherIsBetter, 0, accumulation: kind);

    [Fact]
    public void A_first_quarter_of_31_against_a_year_plan_of_100_is_31_percent_ahead_of_the_91_of_366_days()
    {
        var share = PlanShare.Evaluate(Dossiers(), Goal.AtLeast(100m), Year2024, Q1, MeasuredValue.Of(31m));

        // 31 / 100 = 31%; the plan expects 91 of 2024's 366 days (31 + 29 + 31) = 24,86…%, so 31 is ahead.
        share.Share.Should().Be(31m);
        share.ExpectedShare.Should().Be(91m * 100m / 366m);
        decimal.Round(share.ExpectedShare!.Value, 2).Should().Be(24.86m);
        share.ExpectedValue.Should().Be(100m * (91m * 100m / 366m) / 100m, "the plan of 100 times the expected share");
        share.Status.Should().Be(ScheduleStatus.AheadOfSchedule);
        share.ComparesDirectly.Should().BeFalse();
        share.Describe(Language.Vietnamese).Should().Be("đạt 31,0% kế hoạch năm, mức cần đạt đến ngày 31/3/2024 là 24,9%, vượt tiến độ");
        share.Describe(Language.English).Should().Be("31.0% of the annual plan, 24.9% expected by 31 March 2024, ahead of schedule");
    }

    [Fact]
    public void A_second_quarters_own_flow_is_set_against_the_plans_share_of_its_own_days()
    {
        // April to June: 30 + 31 + 30 = 91 days of 366 again, 24,86…%; 20 of 100 is 20%, behind.
        var share = PlanShare.Evaluate(Dossiers(), Goal.AtLeast(100m), Year2024, Q2, MeasuredValue.Of(20m));
        share.CountedFrom.Should().Be(new LocalDate(2024, 4, 1));
        share.ExpectedShare.Should().Be(91m * 100m / 366m);
        share.Status.Should().Be(ScheduleStatus.BehindSchedule);
        share.IsBehind.Should().BeTrue();
    }

    [Fact]
    public void A_cumulative_figure_counts_from_the_start_of_the_year()
    {
        // Lũy kế to 30 June: 182 of 366 days (91 + 91) = 49,72…%; 50 of 100 is ahead.
        var share = PlanShare.Evaluate(Dossiers(AccumulationKind.CumulativeToDate), Goal.AtLeast(100m), Year2024, Q2, MeasuredValue.Of(50m));
        share.CountedFrom.Should().Be(new LocalDate(2024, 1, 1));
        share.ExpectedShare.Should().Be(182m * 100m / 366m);
        share.Status.Should().Be(ScheduleStatus.AheadOfSchedule);
    }

    [Fact]
    public void Nine_months_against_a_seasonal_plan_use_its_monthly_weights()
    {
        // Weights 1 for each month but December, which carries 4: 9 of 15 = 60%; 58 of 100 is behind.
        var profile = ScheduleProfile.MonthlyWeights(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 4);
        var share = PlanShare.Evaluate(Dossiers(), Goal.AtLeast(100m), Year2024, ReportingPeriod.ForMonthsToDate(2024, 9), MeasuredValue.Of(58m), new ScheduleOptions(profile: profile));
        share.ExpectedShare.Should().Be(60m);
        share.Share.Should().Be(58m);
        share.Status.Should().Be(ScheduleStatus.BehindSchedule);
        share.Describe(Language.Vietnamese).Should().Be("đạt 58,0% kế hoạch năm, mức cần đạt đến ngày 30/9/2024 là 60,0%, chậm tiến độ");
    }

    [Fact]
    public void A_rate_is_compared_with_the_annual_rate_directly_never_as_a_share()
    {
        var rate = new Indicator(new IndicatorCode("R"), new LocalizedText("Tỷ lệ hồ sơ trực tuyến", "Online rate"), Measure.Rate, Polarity.HigherIsBetter);
        var share = PlanShare.Evaluate(rate, Goal.AtLeast(70m), Year2024, Q1, MeasuredValue.Of(88.8m));
        share.ComparesDirectly.Should().BeTrue();
        share.Share.Should().BeNull();
        share.Evaluation!.Status.Should().Be(TargetStatus.Exceeded);
        // 88,8 − 70 = 18,8 points.
        share.Describe(Language.Vietnamese).Should().Be("so với chỉ tiêu năm 2024: vượt chỉ tiêu 18,8 điểm phần trăm");
    }

    [Fact]
    public void A_zero_plan_or_no_figure_has_no_share_and_says_why()
    {
        var zero = PlanShare.Evaluate(Dossiers(), Goal.AtLeast(0m), Year2024, Q1, MeasuredValue.Of(5m));
        zero.Share.Should().BeNull();
        zero.Reason.Should().Be(NotMeaningfulReason.ZeroTarget);
        PlanShare.Evaluate(Dossiers(), Goal.AtLeast(100m), Year2024, Q1, null).Reason.Should().Be(NotMeaningfulReason.NoData);
        zero.Describe(Language.English).Should().StartWith("no share of the plan for 2024, because the target is zero");
    }

    [Fact]
    public void A_multi_year_plan_is_named_by_its_period()
    {
        // 2021–2025: 1 826 days; 2024's Q1 is 91 of them.
        var plan = ReportingPeriod.Custom(new LocalDate(2021, 1, 1), new LocalDate(2025, 12, 31));
        var share = PlanShare.Evaluate(Dossiers(), Goal.AtLeast(1000m), plan, Q1, MeasuredValue.Of(100m));
        share.ExpectedShare.Should().Be(91m * 100m / 1826m);
        share.Share.Should().Be(10m);
        share.Describe(Language.English).Should().StartWith("10.0% of the plan for ");
    }

    [Theory]
    [InlineData("Năm 2024")]
    [InlineData("Quý I/2023")]
    public void A_period_that_is_not_shorter_and_inside_is_refused(string label) =>
        FluentActions.Invoking(() => PlanShare.Evaluate(Dossiers(), Goal.AtLeast(100m), Year2024, ReportingPeriod.Parse(label), MeasuredValue.Of(1m)))
            .Should().Throw<ArgumentException>().WithParameterName("period");
}
