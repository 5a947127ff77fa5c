using De06Metrics.Evaluation;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Text;

namespace De06Metrics.Tests.Evaluation;

/// <summary>A share of a plan counted to the day the figure is as of, not to its period's end.</summary>
public class PlanShareAsOfTest
{
    private static readonly ReportingPeriod Year2024 = ReportingPeriod.ForYear(2024);
    private static readonly ReportingPeriod Q1 = ReportingPeriod.ForQuarter(2024, 1);
    private static readonly LocalDate TenthOfMarch = new(2024, 3, 10);
    private static readonly PlanStart EndOf2023 = PlanStart.Stated(10m, new LocalDate(2023, 12, 31));

    private static Indicator Models(AccumulationKind kind = AccumulationKind.Stock) =>
        new(new IndicatorCode("MODELS"), new LocalizedText("Mô hình đã triển khai", "Models deployed"),
            Measure.Count(new LocalizedText("mô hình", "models"), "model"), Polarity.HigherIsBetter, 0, accumulation: kind);

    private static Indicator Dossiers(AccumulationKind kind = AccumulationKind.Flow) =>
        new(new IndicatorCode("HS"), new LocalizedText("Số hồ sơ", "Dossiers"), Measure.Count(new LocalizedText("hồ sơ", "dossiers")),
            Polarity.HigherIsBetter, 0, accumulation: kind);

    [Fact]
    public void The_models_as_of_10_March_are_30_4_percent_of_the_plan_where_19_1_was_expected_42_days_ahead()
    {
        var share = PlanShare.EvaluateFromStart(Models(), Goal.AtLeast(33m), Year2024, Q1, MeasuredValue.Of(17m), EndOf2023, asOf: TenthOfMarch);

        // 10 March 2024 is day 31 + 29 + 10 = 70 of 366. Expected 70/366 = 19,125…% of the way, 10 + 23 × 70/366 =
        // 10 + 1 610/366 = 14,398… models. 17 is reached on day ⌈(17 − 10) × 366 / 23⌉ = ⌈111,39…⌉ = 112: 112 − 70 = 42 ahead.
        share.CountedTo.Should().Be(TenthOfMarch);
        share.Share.Should().Be(7m / 23m * 100m, "the share reached does not depend on the day counted to");
        share.ExpectedShare.Should().Be(70m * 100m / 366m);
        decimal.Round(share.ExpectedShare!.Value, 2).Should().Be(19.13m);
        decimal.Round(share.ExpectedValue!.Value, 2).Should().Be(14.40m);
        share.Schedule!.ElapsedDays.Should().Be(70);
        share.Schedule.PlanDayReached.Should().Be(112);
        share.DaysAhead.Should().Be(42);
        share.Status.Should().Be(ScheduleStatus.AheadOfSchedule);
        share.Describe(Language.Vietnamese).Should().Be("đạt 30,4% kế hoạch năm, tính trên phần thay đổi so với mức 10 mô hình ngày 31/12/2023, mức cần đạt đến ngày 10/3/2024 là 19,1%, vượt tiến độ 42 ngày");
        share.Describe(Language.English).Should().Be("30.4% of the annual plan, counting the change from 10 models on 31 December 2023, 19.1% expected by 10 March 2024, 42 days ahead of schedule");
    }

    [Fact]
    public void Without_a_day_the_plan_counts_to_the_periods_end_as_before()
    {
        var share = PlanShare.EvaluateFromStart(Models(), Goal.AtLeast(33m), Year2024, Q1, MeasuredValue.Of(17m), EndOf2023);

        // 31 March is day 91: 91/366 expected, 112 − 91 = 21 days ahead.
        share.CountedTo.Should().Be(new LocalDate(2024, 3, 31));
        share.ExpectedShare.Should().Be(91m * 100m / 366m);
        share.DaysAhead.Should().Be(21);
    }

    [Fact]
    public void A_flows_share_expected_is_counted_from_its_periods_start_to_the_day()
    {
        // 250 dossiers of a plan of 1 200: as of 10 March the plan expects 1 200 × 70/366 = 229,5… (ahead); by 31 March
        // it expects 1 200 × 91/366 = 298,3… (behind). The share reached is 250/1 200 = 20,83…% either way.
        var early = PlanShare.Evaluate(Dossiers(), Goal.AtLeast(1200m), Year2024, Q1, MeasuredValue.Of(250m), asOf: TenthOfMarch);
        var atEnd = PlanShare.Evaluate(Dossiers(), Goal.AtLeast(1200m), Year2024, Q1, MeasuredValue.Of(250m));

        early.CountedTo.Should().Be(TenthOfMarch);
        early.ExpectedShare.Should().Be(70m * 100m / 366m);
        decimal.Round(early.ExpectedValue!.Value, 1).Should().Be(229.5m);
        early.Status.Should().Be(ScheduleStatus.AheadOfSchedule);
        atEnd.CountedTo.Should().Be(Q1.End);
        decimal.Round(atEnd.ExpectedValue!.Value, 1).Should().Be(298.4m);
        atEnd.Status.Should().Be(ScheduleStatus.BehindSchedule);
        early.Share.Should().Be(atEnd.Share).And.Be(250m / 1200m * 100m);
        early.Describe(Language.English).Should().Be("20.8% of the annual plan, 19.1% expected by 10 March 2024, ahead of schedule");
    }

    [Fact]
    public void A_second_quarters_flow_as_of_a_day_counts_from_the_quarters_first_day()
    {
        // Q2 2024 starts on 1 April; 10 May is day 30 + 10 = 40 of the quarter: 40/366 = 10,92…% of the year's plan.
        var q2 = ReportingPeriod.ForQuarter(2024, 2);
        var share = PlanShare.Evaluate(Dossiers(), Goal.AtLeast(1200m), Year2024, q2, MeasuredValue.Of(100m), asOf: new LocalDate(2024, 5, 10));

        share.CountedFrom.Should().Be(new LocalDate(2024, 4, 1));
        share.ExpectedShare.Should().Be(40m * 100m / 366m);
    }

    [Fact]
    public void A_cumulative_figure_as_of_a_day_counts_from_the_years_start()
    {
        // Cumulative to date, second quarter as of 10 May: 1 January to 10 May is 31 + 29 + 31 + 30 + 10 = 131 days, 131/366.
        var q2 = ReportingPeriod.ForQuarter(2024, 2);
        var share = PlanShare.Evaluate(Dossiers(AccumulationKind.CumulativeToDate), Goal.AtLeast(1200m), Year2024, q2, MeasuredValue.Of(500m), asOf: new LocalDate(2024, 5, 10));

        share.CountedFrom.Should().Be(new LocalDate(2024, 1, 1));
        share.ExpectedShare.Should().Be(131m * 100m / 366m);
    }

    [Fact]
    public void The_first_day_of_the_period_counts_one_day()
    {
        var share = PlanShare.EvaluateFromStart(Models(), Goal.AtLeast(33m), Year2024, Q1, MeasuredValue.Of(10m), EndOf2023, asOf: new LocalDate(2024, 1, 1));

        // Day 1: 1/366 expected, 10 + 23/366 = 10,06… models; 10 is the start itself, behind the line.
        share.ExpectedShare.Should().Be(100m / 366m);
        share.Status.Should().Be(ScheduleStatus.BehindSchedule);
    }

    [Fact]
    public void A_day_after_the_periods_end_counts_to_the_periods_end()
    {
        // The quarter's figure covers no day after 31 March: a day in April, or after the plan's year, counts to 31 March.
        foreach (var later in new[] { new LocalDate(2024, 4, 15), new LocalDate(2025, 2, 1) })
        {
            var share = PlanShare.EvaluateFromStart(Models(), Goal.AtLeast(33m), Year2024, Q1, MeasuredValue.Of(17m), EndOf2023, asOf: later);
            share.CountedTo.Should().Be(new LocalDate(2024, 3, 31));
            share.ExpectedShare.Should().Be(91m * 100m / 366m);
            share.DaysAhead.Should().Be(21);
        }
    }

    [Fact]
    public void A_day_before_the_figures_period_or_the_plans_is_refused_naming_the_argument()
    {
        var beforePlan = () => PlanShare.Evaluate(Dossiers(), Goal.AtLeast(1200m), Year2024, Q1, MeasuredValue.Of(250m), asOf: new LocalDate(2023, 12, 31));
        beforePlan.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "asOf" && e.Message.Contains("2023-12-31", StringComparison.Ordinal));

        var beforePeriod = () => PlanShare.EvaluateFromStart(Models(), Goal.AtLeast(33m), Year2024, ReportingPeriod.ForQuarter(2024, 2), MeasuredValue.Of(17m), EndOf2023, asOf: TenthOfMarch);
        beforePeriod.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "asOf" && e.Message.Contains("2024-03-10", StringComparison.Ordinal));
    }

    [Fact]
    public void A_direct_judgement_keeps_the_day_it_was_counted_to()
    {
        // A stock without a start is judged against the target directly; the day is still recorded.
        var share = PlanShare.Evaluate(Models(), Goal.AtLeast(33m), Year2024, Q1, MeasuredValue.Of(17m), asOf: TenthOfMarch);
        share.ComparesDirectly.Should().BeTrue();
        share.CountedTo.Should().Be(TenthOfMarch);
    }
}
