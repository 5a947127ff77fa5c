using De06Metrics.Evaluation;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Tests.Scorecards;

public class ScorecardPlanStartTest
{
    private static readonly UnitId P = new("P");
    private static readonly IndicatorCode Models = new("MODELS");
    private static readonly IndicatorCode Dossiers = new("HS");
    private static readonly ReportingPeriod Year = ReportingPeriod.ForYear(2024);
    private static readonly ReportingPeriod Q1 = ReportingPeriod.ForQuarter(2024, 1);

    private static readonly UnitRegistry Units = UnitRegistry.Create([new ResponsibleUnit(P, new LocalizedText("Tỉnh P", "Province P"), UnitKind.Province)]);

    private static readonly Indicator[] Catalog =
    [
        new(Models, new LocalizedText("Mô hình đã triển khai", "Models deployed"), Measure.Count(new LocalizedText("mô hình", "models"), "model"),
            Polarity.HigherIsBetter, 0, accumulation: AccumulationKind.Stock),
        new(Dossiers, new LocalizedText("Số hồ sơ", "Dossiers"), Measure.Count(new LocalizedText("hồ sơ", "dossiers")), Polarity.HigherIsBetter, 0),
    ];

    private static Scorecard Make(PlanStart? start, params Observation[] observations) => Scorecard.Create(
        Catalog,
        Units,
        [new Target(Models, P, Year, Goal.AtLeast(33m), start: start), new Target(Dossiers, P, Q1, Goal.AtLeast(100m))],
        [new Observation(Models, P, Q1, MeasuredValue.Of(17m)), .. observations]);

    [Fact]
    public void A_quarters_stock_is_set_against_the_years_plan_from_the_stated_start()
    {
        var row = Make(PlanStart.Stated(10m, new LocalDate(2023, 12, 31))).Evaluate(Q1).Find(Models, P)!;

        // (17 − 10) / (33 − 10) = 30,4%; the line expects 10 + 23 × 91/366 = 15,72 and reaches 17 on day 112: 21 days ahead.
        decimal.Round(row.PlanShare!.Share!.Value, 1).Should().Be(30.4m);
        row.PlanShare.DaysAhead.Should().Be(21);
        row.IsBehindSchedule.Should().BeFalse();
        row.Describe(Language.Vietnamese).Should().Contain("đạt 30,4% kế hoạch năm, tính trên phần thay đổi so với mức 10 mô hình ngày 31/12/2023, mức cần đạt đến ngày 31/3/2024 là 24,9%, vượt tiến độ 21 ngày");
    }

    [Fact]
    public void The_previous_closing_value_is_the_latest_figure_of_a_period_ending_before_the_plans_start()
    {
        // 2023's 10 is the latest figure closing by 1/1/2024 (Q4 2022's 6 is older); the start is dated 31/12/2023.
        var scorecard = Make(PlanStart.Previous,
            new Observation(Models, P, ReportingPeriod.ForYear(2023), MeasuredValue.Of(10m)),
            new Observation(Models, P, ReportingPeriod.ForQuarter(2022, 4), MeasuredValue.Of(6m)));
        var row = scorecard.Evaluate(Q1).Find(Models, P)!;
        row.PlanShare!.Start.Should().Be(PlanStart.Stated(10m, new LocalDate(2023, 12, 31)));
        row.PlanShare.DaysAhead.Should().Be(21);
        row.Describe(Language.English).Should().Contain("30.4% of the annual plan, counting the change from 10 models on 31 December 2023, 24.9% expected by 31 March 2024, 21 days ahead of schedule");
    }

    [Fact]
    public void Without_a_start_the_stock_is_judged_directly_as_before()
    {
        // 17 against at least 33: a level compared with the level planned.
        Make(null).Evaluate(Q1).Find(Models, P)!.PlanShare!.ComparesDirectly.Should().BeTrue();
    }

    [Fact]
    public void A_plan_from_the_previous_closing_value_with_no_earlier_figure_says_so_and_is_not_counted_from_zero()
    {
        // No figure of a period ending by 31/12/2023: no start, so no share (17/33 from zero would read 51,5% of the plan).
        var row = Make(PlanStart.Previous).Evaluate(Q1).Find(Models, P)!;

        row.PlanShare!.Share.Should().BeNull();
        row.PlanShare.ComparesDirectly.Should().BeFalse();
        row.PlanShare.Reason.Should().Be(NotMeaningfulReason.NoStartValue);
        row.PlanShare.Start.Should().Be(PlanStart.Previous);
        row.IsBehindSchedule.Should().BeFalse();
        row.Describe(Language.Vietnamese).Should().Contain("chưa có số liệu cuối kỳ trước để làm mức xuất phát của kế hoạch");
        row.Describe(Language.English).Should().Contain("there is no closing figure of an earlier period to start the plan from");
    }

    [Fact]
    public void A_figure_dated_after_the_evaluation_date_is_shown_but_not_judged()
    {
        var scorecard = Scorecard.Create(
            Catalog,
            Units,
            [new Target(Dossiers, P, Q1, Goal.AtLeast(100m))],
            [new Observation(Dossiers, P, Q1, MeasuredValue.Of(120m), asOf: new LocalDate(2024, 3, 10))]);

        var early = scorecard.Evaluate(Q1, new LocalDate(2024, 2, 1)).Find(Dossiers, P)!;
        early.IsDatedAfterAsOf.Should().BeTrue();
        early.EvaluatedAsOf.Should().Be(new LocalDate(2024, 2, 1));
        early.NotJudgedReason.Should().Be(NotMeaningfulReason.DatedAfterAsOf);
        early.Status.Should().Be(TargetStatus.NoData);
        early.Schedule.Should().BeNull();
        early.Actual!.Value.Value.Should().Be(120m);
        early.Describe(Language.Vietnamese).Should().Contain("số liệu ngày 10/3/2024, sau ngày đánh giá 1/2/2024").And.NotContain("vượt chỉ tiêu");
        early.Describe(Language.English).Should().Contain("figure dated 10 March 2024, after the evaluation date of 1 February 2024");
        NotMeaningfulReason.DatedAfterAsOf.Describe(Language.English).Should().Be("the figure is dated after the evaluation date");
        ((int)NotMeaningfulReason.DatedAfterAsOf).Should().Be(26);

        // As of the figure's own day or later, it is judged: 120 against at least 100 is exceeded.
        var later = scorecard.Evaluate(Q1, new LocalDate(2024, 3, 10)).Find(Dossiers, P)!;
        later.IsDatedAfterAsOf.Should().BeFalse();
        later.Status.Should().Be(TargetStatus.Exceeded);
    }

    [Fact]
    public void As_of_a_day_inside_the_quarter_the_plan_counts_to_that_day()
    {
        var scorecard = Make(PlanStart.Stated(10m, new LocalDate(2023, 12, 31)));

        // As of 10 March (day 70 of 366): expected 70/366 = 19,1% of the way, 10 + 23 × 70/366 = 14,40 models; the line
        // reaches 17 on day ⌈7 × 366 / 23⌉ = ⌈111,39⌉ = 112, so 112 − 70 = 42 days ahead (21 when counted to 31 March).
        var row = scorecard.Evaluate(Q1, new LocalDate(2024, 3, 10)).Find(Models, P)!;
        row.PlanShare!.CountedTo.Should().Be(new LocalDate(2024, 3, 10));
        decimal.Round(row.PlanShare.ExpectedValue!.Value, 2).Should().Be(14.40m);
        row.PlanShare.DaysAhead.Should().Be(42);
        row.Describe(Language.Vietnamese).Should().Contain("mức cần đạt đến ngày 10/3/2024 là 19,1%, vượt tiến độ 42 ngày");

        // The evaluation's as-of day on the quarter's end is the quarter's end.
        scorecard.Evaluate(Q1, Q1.End).Find(Models, P)!.PlanShare!.DaysAhead.Should().Be(21);
    }

    [Fact]
    public void A_figure_with_its_own_as_of_day_is_counted_to_that_day_before_the_evaluations()
    {
        // The figure is as of 10 March; evaluated at the quarter's end, or as of 20 March, the plan still counts to 10 March.
        var scorecard = Scorecard.Create(
            Catalog,
            Units,
            [new Target(Models, P, Year, Goal.AtLeast(33m), start: PlanStart.Stated(10m, new LocalDate(2023, 12, 31)))],
            [new Observation(Models, P, Q1, MeasuredValue.Of(17m), asOf: new LocalDate(2024, 3, 10))]);

        foreach (var asOf in new LocalDate?[] { null, new LocalDate(2024, 3, 20) })
        {
            var plan = scorecard.Evaluate(Q1, asOf).Find(Models, P)!.PlanShare!;
            plan.CountedTo.Should().Be(new LocalDate(2024, 3, 10));
            plan.ExpectedShare.Should().Be(70m * 100m / 366m);
            plan.DaysAhead.Should().Be(42, "112 − 70");
        }
    }

    [Fact]
    public void A_flow_against_the_years_plan_as_of_a_day_is_ahead_where_by_the_quarters_end_it_would_be_behind()
    {
        // 250 dossiers in Q1 against 1 200 for the year: as of 10 March 1 200 × 70/366 = 229,5 expected (ahead), by
        // 31 March 1 200 × 91/366 = 298,4 (behind, and the row lags).
        var scorecard = Scorecard.Create(
            Catalog,
            Units,
            [new Target(Dossiers, P, Year, Goal.AtLeast(1200m))],
            [new Observation(Dossiers, P, Q1, MeasuredValue.Of(250m))]);

        var early = scorecard.Evaluate(Q1, new LocalDate(2024, 3, 10)).Find(Dossiers, P)!;
        early.PlanShare!.Status.Should().Be(ScheduleStatus.AheadOfSchedule);
        early.IsBehindSchedule.Should().BeFalse();
        var atEnd = scorecard.Evaluate(Q1).Find(Dossiers, P)!;
        atEnd.PlanShare!.Status.Should().Be(ScheduleStatus.BehindSchedule);
        atEnd.IsBehindSchedule.Should().BeTrue();
    }

    [Fact]
    public void A_row_behind_its_plan_as_of_a_day_weighs_the_time_elapsed_to_that_day()
    {
        // 280 dossiers in Q1 against 1 200 for the year, as of 20 March (day 80 of 366 and of the quarter's 91):
        // expected 1 200 × 80/366 = 262,3, reached 280: ahead. Reported as of 31 March instead, 1 200 × 91/366 = 298,4 is
        // expected and 280 lags by (298,4 − 280) / 298,4 = 0,0615…, weighed by 1 + 91/91 = 2.
        // With 250: behind on both days; as of 20 March the shortfall is (262,3 − 250) / 262,3 and the weight
        // 1 + 80/91, not 2: the lagging report weighs the time elapsed to the day the plan was counted to.
        var scorecard = Scorecard.Create(
            Catalog,
            Units,
            [new Target(Dossiers, P, Year, Goal.AtLeast(1200m))],
            [new Observation(Dossiers, P, Q1, MeasuredValue.Of(250m))]);

        var item = scorecard.Evaluate(Q1, new LocalDate(2024, 3, 20)).Lagging().Items.Single();
        var expected = 1200m * 80m / 366m;
        item.Reasons.Should().Be(LaggingReasons.BehindSchedule);
        item.Severity.Should().BeApproximately((expected - 250m) / expected * (1m + (80m / 91m)), 1e-20m);
    }
}
