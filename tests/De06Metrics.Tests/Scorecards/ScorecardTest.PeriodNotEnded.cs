using De06Metrics.Evaluation;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Tests.Scorecards;

public class ScorecardPeriodNotEndedTest
{
    private static readonly UnitId P = new("P");
    private static readonly IndicatorCode Dossiers = new("HS");
    private static readonly IndicatorCode Models = new("MODELS");
    private static readonly ReportingPeriod Q1 = ReportingPeriod.ForQuarter(2024, 1);
    private static readonly LocalDate TenthOfMarch = new(2024, 3, 10);

    private static readonly UnitRegistry Units = UnitRegistry.Create([new ResponsibleUnit(P, new LocalizedText("Tỉnh P", "Province P"), UnitKind.Province)]);

    private static readonly Indicator[] Catalog =
    [
        new(Dossiers, new LocalizedText("Số hồ sơ", "Dossiers"), Measure.Count(new LocalizedText("hồ sơ", "dossiers")), Polarity.HigherIsBetter, 0),
        new(Models, new LocalizedText("Mô hình đã triển khai", "Models deployed"), Measure.Count(new LocalizedText("mô hình", "models"), "model"),
            Polarity.HigherIsBetter, 0, accumulation: AccumulationKind.Stock),
    ];

    private static Scorecard Quarter(LocalDate? figureAsOf) => Scorecard.Create(
        Catalog,
        Units,
        [new Target(Dossiers, P, Q1, Goal.AtLeast(100m))],
        [new Observation(Dossiers, P, Q1, MeasuredValue.Of(60m), asOf: figureAsOf)]);

    [Fact]
    public void An_undated_figure_as_of_a_day_inside_its_period_is_not_judged_against_the_whole_periods_target()
    {
        var row = Quarter(null).Evaluate(Q1, TenthOfMarch).Find(Dossiers, P)!;

        row.IsBeforePeriodEnd.Should().BeTrue();
        row.IsDatedAfterAsOf.Should().BeFalse();
        row.NotJudgedReason.Should().Be(NotMeaningfulReason.PeriodNotEnded);
        row.Status.Should().Be(TargetStatus.NoData);
        row.Evaluation!.Margin.Should().BeNull();
        row.Actual!.Value.Value.Should().Be(60m);
        ((int)NotMeaningfulReason.PeriodNotEnded).Should().Be(29);
        row.Describe(Language.Vietnamese).Should().Contain("(số liệu không ghi ngày, quý I/2024 chưa kết thúc tại ngày đánh giá 10/3/2024")
            .And.NotContain("chưa đạt chỉ tiêu");
        row.Describe(Language.English).Should().Contain("figure without a date, Q1 2024 not yet over on the evaluation date of 10 March 2024");
        NotMeaningfulReason.PeriodNotEnded.Describe(Language.Vietnamese).Should().Be("số liệu không ghi ngày và kỳ báo cáo chưa kết thúc tại ngày đánh giá");
        NotMeaningfulReason.PeriodNotEnded.Describe(Language.English).Should().Be("the figure has no date and its period had not ended by the evaluation date");
    }

    [Fact]
    public void Its_progress_to_the_as_of_day_is_still_judged()
    {
        // As of 10 March, day 31 + 29 + 10 = 70 of the quarter's 91: the schedule expects 100 × 70 / 91 = 76,9 dossiers,
        // and 60 is behind it; the row lags behind schedule, not for a target "not met" on a quarter not over.
        var row = Quarter(null).Evaluate(Q1, TenthOfMarch).Find(Dossiers, P)!;

        row.Schedule!.Status.Should().Be(ScheduleStatus.BehindSchedule);
        decimal.Round(row.Schedule.ExpectedValue, 1).Should().Be(76.9m);
        var item = Quarter(null).Evaluate(Q1, TenthOfMarch).Lagging().Items.Single();
        item.Reasons.Should().Be(LaggingReasons.BehindSchedule);
    }

    [Fact]
    public void A_figure_dated_on_or_before_the_as_of_day_and_an_evaluation_to_the_periods_end_are_judged()
    {
        // Dated 10 March, the figure was known as of 10 March: 60 against at least 100 is not met (60 − 100 = −40).
        var dated = Quarter(TenthOfMarch).Evaluate(Q1, TenthOfMarch).Find(Dossiers, P)!;
        dated.IsBeforePeriodEnd.Should().BeFalse();
        dated.Status.Should().Be(TargetStatus.NotMet);
        dated.Evaluation!.Margin.Should().Be(-40m);

        // As of the quarter's last day, or with no as-of day, the period has ended: judged.
        Quarter(null).Evaluate(Q1, new LocalDate(2024, 3, 31)).Find(Dossiers, P)!.Status.Should().Be(TargetStatus.NotMet);
        var whole = Quarter(null).Evaluate(Q1).Find(Dossiers, P)!;
        whole.IsBeforePeriodEnd.Should().BeFalse();
        whole.NotJudgedReason.Should().Be(NotMeaningfulReason.None);
        whole.Status.Should().Be(TargetStatus.NotMet);
    }

    [Fact]
    public void A_share_of_a_containing_periods_plan_counted_to_the_day_is_not_flagged()
    {
        // The quarter's 17 models against the year's plan of 33 from 10: counted to 10 March, 42 days ahead (see docs/time.md).
        var scorecard = Scorecard.Create(
            Catalog,
            Units,
            [new Target(Models, P, ReportingPeriod.ForYear(2024), Goal.AtLeast(33m), start: PlanStart.Stated(10m, new LocalDate(2023, 12, 31)))],
            [new Observation(Models, P, Q1, MeasuredValue.Of(17m))]);

        var row = scorecard.Evaluate(Q1, TenthOfMarch).Find(Models, P)!;
        row.IsBeforePeriodEnd.Should().BeFalse();
        row.NotJudgedReason.Should().Be(NotMeaningfulReason.None);
        row.PlanShare!.DaysAhead.Should().Be(42);
    }

    [Fact]
    public void The_grades_count_it_as_not_judged_yet_not_as_without_data()
    {
        // One row with a target, its undated figure of a quarter not over: graded, but neither met nor without data.
        var grades = Quarter(null).Evaluate(Q1, TenthOfMarch).Grades;
        grades.PeriodNotEnded.Should().Be(1);
        grades.NoData.Should().Be(0);
        grades.Graded.Should().Be(1);
        grades.Describe(Language.Vietnamese).Should().Be("0/1 chỉ tiêu đạt và vượt; 1 chỉ tiêu chưa đánh giá do kỳ báo cáo chưa kết thúc");
        grades.Describe(Language.English).Should().Be("0 of 1 indicator met or exceeded; 1 not yet judged (period not over)");
        Quarter(null).Evaluate(Q1).Grades.PeriodNotEnded.Should().Be(0);
    }
}
