using De06Metrics.Evaluation;
using De06Metrics.Growth;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Serialization;
using De06Metrics.Tests.Serialization;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Tests.Scorecards;

/// <summary>
/// A row states its status when the scorecard is evaluated and builds the objects that explain it (the evaluation,
/// the changes) when first read: these tests pin that both agree and that the explanations behave as values.
/// </summary>
public class ScorecardExplanationsTest
{
    private static readonly ReportingPeriod Q1 = ReportingPeriod.ForQuarter(2024, 1);
    private static readonly ReportingPeriod LastYear = ReportingPeriod.ForQuarter(2023, 1);
    private static readonly UnitId Province = new("P");
    private static readonly Scorecard Example = ScorecardJson.ReadFile(HaGiangExample.JsonPath).EnsureValid();

    [Fact]
    public void Every_rows_status_is_the_status_of_its_evaluation()
    {
        var result = Example.Evaluate(HaGiangExample.Q1);
        var withTargets = result.Rows.Where(row => row.Target is not null).ToList();
        withTargets.Should().NotBeEmpty();
        withTargets.Should().OnlyContain(row => row.Status == row.Evaluation!.Status);
        result.Rows.Where(row => row.Target is null).Should().OnlyContain(row => row.Status == null && row.Evaluation == null);
    }

    [Fact]
    public void Status_follows_the_tolerance_of_the_options_as_the_evaluation_does()
    {
        // 69,5% against at least 70%: not met without tolerance, basically met ("cơ bản đạt") within half a point.
        var indicator = new Indicator(new IndicatorCode("ONLINE"), new LocalizedText("Tỷ lệ trực tuyến"), Measure.Rate, Polarity.HigherIsBetter);
        var units = UnitRegistry.Create([new ResponsibleUnit(Province, new LocalizedText("Tỉnh"), UnitKind.Province)]);
        var scorecard = Scorecard.Create([indicator], units, [new Target(indicator.Code, Province, Q1, Goal.AtLeast(70m))],
            [new Observation(indicator.Code, Province, Q1, MeasuredValue.FromRateParts(139m, 200m))]);

        var strict = scorecard.Evaluate(Q1).Find(indicator.Code, Province)!;
        var tolerant = scorecard.Evaluate(Q1, options: new ScorecardOptions(new EvaluationOptions(tolerance: 0.5m))).Find(indicator.Code, Province)!;

        strict.Status.Should().Be(TargetStatus.NotMet);
        tolerant.Status.Should().Be(TargetStatus.BasicallyMet);
        tolerant.Evaluation!.Status.Should().Be(TargetStatus.BasicallyMet);
        tolerant.Evaluation.Margin.Should().Be(-0.5m);
    }

    [Fact]
    public void An_explanation_is_built_once_and_every_reader_gets_the_same_one()
    {
        // The report compares the first quarter of 2024 with the whole of 2023.
        var options = new ScorecardOptions(comparisonPeriod: HaGiangExample.Year2023);
        var result = Example.Evaluate(HaGiangExample.Q1, options: options);
        var row = result.Rows.First(row => row.Target is not null && row.Change is not null);

        row.Evaluation.Should().NotBeNull().And.BeSameAs(row.Evaluation);
        row.Change.Should().NotBeNull().And.BeSameAs(row.Change);
        row.RelativeChange.Should().NotBeNull().And.BeSameAs(row.RelativeChange);

        var fresh = Example.Evaluate(HaGiangExample.Q1, options: options).Find(row.Indicator.Code, row.Unit.Id)!;
        var seen = new TargetEvaluation?[64];
        Parallel.For(0, seen.Length, i => seen[i] = fresh.Evaluation);
        seen.Should().OnlyContain(evaluation => ReferenceEquals(evaluation, seen[0]));
    }

    [Fact]
    public void A_change_beyond_the_range_of_decimal_is_stated_not_thrown()
    {
        // −6 × 10^28 last year and +6 × 10^28 now: the difference, 1,2 × 10^29, is beyond decimal's 7,9 × 10^28.
        var balance = new Indicator(new IndicatorCode("BALANCE"), new LocalizedText("Số dư", "Balance"), Measure.Money(Currency.Vnd), Polarity.HigherIsBetter);
        var units = UnitRegistry.Create([new ResponsibleUnit(Province, new LocalizedText("Tỉnh", "Province"), UnitKind.Province)]);
        var huge = 60_000_000_000_000_000_000_000_000_000m;
        var scorecard = Scorecard.Create([balance], units, [],
            [new Observation(balance.Code, Province, LastYear, MeasuredValue.Of(-huge)), new Observation(balance.Code, Province, Q1, MeasuredValue.Of(huge))]);

        var row = scorecard.Evaluate(Q1).Find(balance.Code, Province)!;

        row.Change!.IsMeaningful.Should().BeFalse();
        row.Change.Reason.Should().Be(NotMeaningfulReason.OutOfRange);
        row.Change.Describe(Language.English).Should().Be("the change on Q1 2023 cannot be computed because the result is too large to represent");
        row.Change.Describe(Language.Vietnamese).Should().Be("không tính được mức thay đổi so với cùng kỳ năm 2023 vì kết quả quá lớn, vượt phạm vi biểu diễn");
        row.RelativeChange!.Amount.Should().BeNull("a change of sign has no percent");
    }
}
