using De06Metrics.Evaluation;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Text;

namespace De06Metrics.Tests.Evaluation;

public class PlanStartTest
{
    private static readonly ReportingPeriod Year2024 = ReportingPeriod.ForYear(2024);
    private static readonly ReportingPeriod Q1 = ReportingPeriod.ForQuarter(2024, 1);
    private static readonly PlanStart EndOf2023 = PlanStart.Stated(10m, new LocalDate(2023, 12, 31));

    private static Indicator Models(AccumulationKind kind = AccumulationKind.Stock) =>
        new(new IndicatorCode("MODELS"), new LocalizedText("Mô hình đã triển khai", "Models deployed"),
            Measure.Count(new LocalizedText("mô hình", "models"), "model"), Polarity.HigherIsBetter, 0, accumulation: kind);

    [Fact]
    public void The_models_line_from_10_to_33_expects_15_72_on_31_March_and_17_is_21_days_ahead()
    {
        // 2024 has 366 days; 31 March is day 31 + 29 + 31 = 91. The line from 10 (31/12/2023) to 33:
        // E(91) = 10 + 23 × 91 / 366 = 10 + 2 093 / 366 = 15,7186…; 17 is reached when 10 + 23 × d / 366 ≥ 17,
        // d ≥ 7 × 366 / 23 = 2 562 / 23 = 111,39…: the first whole day is 112 (rounded up), so 112 − 91 = 21 days ahead.
        var progress = ScheduleVariance.Evaluate(Models(), Goal.AtLeast(33m), Year2024.ToDateInterval(), new LocalDate(2024, 3, 31), 17m, new ScheduleOptions(startValue: 10m));
        decimal.Round(progress.ExpectedValue, 2).Should().Be(15.72m);
        progress.ElapsedDays.Should().Be(91);
        progress.PlanDayReached.Should().Be(112);
        progress.DaysAhead.Should().Be(21);
    }

    [Fact]
    public void A_stock_against_the_years_plan_from_its_start_is_30_4_percent_where_24_9_was_expected()
    {
        var share = PlanShare.EvaluateFromStart(Models(), Goal.AtLeast(33m), Year2024, Q1, MeasuredValue.Of(17m), EndOf2023);

        // (17 − 10) / (33 − 10) = 7 / 23 = 30,43…%; expected 91 / 366 = 24,86…% of the way, 10 + 23 × 91/366 = 15,72 models.
        share.Share.Should().Be(7m / 23m * 100m);
        decimal.Round(share.Share!.Value, 1).Should().Be(30.4m);
        share.ExpectedShare.Should().Be(91m * 100m / 366m);
        decimal.Round(share.ExpectedValue!.Value, 2).Should().Be(15.72m);
        share.CountedFrom.Should().Be(new LocalDate(2024, 1, 1));
        share.Status.Should().Be(ScheduleStatus.AheadOfSchedule);
        share.DaysAhead.Should().Be(21);
        share.Start.Should().Be(EndOf2023);
        share.ComparesDirectly.Should().BeFalse();
        share.Describe(Language.Vietnamese).Should().Be("đạt 30,4% kế hoạch năm, tính trên phần thay đổi so với mức 10 mô hình ngày 31/12/2023, mức cần đạt đến ngày 31/3/2024 là 24,9%, vượt tiến độ 21 ngày");
        share.Describe(Language.English).Should().Be("30.4% of the annual plan, counting the change from 10 models on 31 December 2023, 24.9% expected by 31 March 2024, 21 days ahead of schedule");
    }

    [Fact]
    public void A_stock_below_the_line_is_behind_by_the_days_the_line_took_to_reach_it()
    {
        // 13 models: 10 + 23 × d / 366 ≥ 13 first holds for d ≥ 3 × 366 / 23 = 47,7…, so day 48; 48 − 91 = −43.
        var share = PlanShare.EvaluateFromStart(Models(), Goal.AtLeast(33m), Year2024, Q1, MeasuredValue.Of(13m), EndOf2023);
        share.Status.Should().Be(ScheduleStatus.BehindSchedule);
        share.IsBehind.Should().BeTrue();
        share.DaysAhead.Should().Be(-43);
        share.Describe(Language.English).Should().EndWith("43 days behind schedule");
        share.Describe(Language.Vietnamese).Should().EndWith("chậm tiến độ 43 ngày");
    }

    [Fact]
    public void Without_the_start_a_stock_is_judged_directly_as_before()
    {
        var share = PlanShare.Evaluate(Models(), Goal.AtLeast(33m), Year2024, Q1, MeasuredValue.Of(17m));
        share.ComparesDirectly.Should().BeTrue();
        share.Start.Should().BeNull();
        share.DaysAhead.Should().BeNull();
    }

    [Fact]
    public void A_flow_keeps_planning_from_zero()
    {
        // 17 of 33 = 51,5…% of the plan counted from zero, whatever the start says.
        var share = PlanShare.EvaluateFromStart(Models(AccumulationKind.Flow), Goal.AtLeast(33m), Year2024, Q1, MeasuredValue.Of(17m), EndOf2023);
        share.Share.Should().Be(17m / 33m * 100m);
        share.Start.Should().BeNull();
        share.DaysAhead.Should().BeNull();
    }

    [Fact]
    public void A_target_not_beyond_the_start_gives_no_share_with_the_reason()
    {
        var share = PlanShare.EvaluateFromStart(Models(), Goal.AtLeast(10m), Year2024, Q1, MeasuredValue.Of(17m), EndOf2023);
        share.Share.Should().BeNull();
        share.Reason.Should().Be(NotMeaningfulReason.TargetEqualsBaseline);
        PlanShare.EvaluateFromStart(Models(), Goal.AtLeast(8m), Year2024, Q1, MeasuredValue.Of(17m), EndOf2023)
            .Reason.Should().Be(NotMeaningfulReason.TargetBehindBaseline);
    }

    [Fact]
    public void The_previous_closing_value_must_be_looked_up_first()
    {
        var act = () => PlanShare.EvaluateFromStart(Models(), Goal.AtLeast(33m), Year2024, Q1, MeasuredValue.Of(17m), PlanStart.Previous);
        act.Should().Throw<ArgumentException>().WithParameterName("start");
    }

    [Fact]
    public void A_start_is_a_value_on_a_date_or_the_previous_closing_value()
    {
        EndOf2023.Value.Should().Be(10m);
        EndOf2023.Date.Should().Be(new LocalDate(2023, 12, 31));
        EndOf2023.IsPrevious.Should().BeFalse();
        PlanStart.Previous.IsPrevious.Should().BeTrue();
        PlanStart.Previous.Value.Should().BeNull();
        EndOf2023.Should().Be(PlanStart.Stated(10m, new LocalDate(2023, 12, 31)));
        EndOf2023.Should().NotBe(PlanStart.Stated(10m, new LocalDate(2024, 1, 1)));
        EndOf2023.ToString().Should().Be("10 on 2023-12-31");
        new Target(new IndicatorCode("MODELS"), new De06Metrics.Units.UnitId("HG"), Year2024, Goal.AtLeast(33m), start: EndOf2023)
            .Should().NotBe(new Target(new IndicatorCode("MODELS"), new De06Metrics.Units.UnitId("HG"), Year2024, Goal.AtLeast(33m)));
    }
}
