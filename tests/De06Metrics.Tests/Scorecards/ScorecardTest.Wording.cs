using De06Metrics.Evaluation;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Text;
using De06Metrics.Units;
using NodaTime;

namespace De06Metrics.Tests.Scorecards;

/// <summary>Sentences as a Vietnamese official and a British report write them; every expected value is worked by hand.</summary>
public class ScorecardWordingTest
{
    private static readonly UnitId P = new("P");
    private static readonly ReportingPeriod Q1 = ReportingPeriod.ForQuarter(2024, 1);
    private static readonly UnitRegistry Units = UnitRegistry.Create([new ResponsibleUnit(P, new LocalizedText("Tỉnh P", "Province P"), UnitKind.Province)]);

    [Fact]
    public void A_missed_maximum_is_said_as_higher_than_the_maximum_not_as_reached()
    {
        // 2,4% late against at most 2%: 0,4 points above, not met. A rate of late dossiers is "ở mức", not "đạt".
        var late = new Indicator(new IndicatorCode("LATE"), new LocalizedText("Tỷ lệ hồ sơ trễ hạn", "Late dossier rate"), Measure.Rate, Polarity.LowerIsBetter);
        var scorecard = Scorecard.Create([late], Units, [new Target(late.Code, P, Q1, Goal.AtMost(2m))], [new Observation(late.Code, P, Q1, MeasuredValue.Of(2.4m))]);

        var row = scorecard.Evaluate(Q1).Find(late.Code, P)!;

        row.Status.Should().Be(TargetStatus.NotMet);
        row.Describe(Language.Vietnamese).Should().Be("Tỷ lệ hồ sơ trễ hạn ở mức 2,4% (chưa đạt chỉ tiêu, cao hơn mức tối đa 0,4 điểm phần trăm)");
        row.Describe(Language.English).Should().Be("Late dossier rate: 2.4% (0.4 percentage points above the 2% maximum)");
    }

    [Fact]
    public void A_share_of_a_total_sits_inside_the_one_parenthesis_and_the_lagging_line_does_not_repeat_the_verdict()
    {
        // 17 of 33 models against 33: 16 short, 17/33 = 51,5%.
        var models = new Indicator(new IndicatorCode("MODELS"), new LocalizedText("Mô hình đã triển khai", "Models deployed"), Measure.Count(new LocalizedText("mô hình", "models"), "model"), Polarity.HigherIsBetter, 0);
        var scorecard = Scorecard.Create([models], Units, [new Target(models.Code, P, Q1, Goal.AtLeast(33m))], [new Observation(models.Code, P, Q1, MeasuredValue.FromCountOfTotal(17m, 33m))]);

        var result = scorecard.Evaluate(Q1);

        result.Find(models.Code, P)!.DescribeValue(Language.Vietnamese).Should().Be("17/33 mô hình (51,5%)");
        result.Lagging().Items.Single().Describe(Language.Vietnamese).Should().Be("Mô hình đã triển khai đạt 17/33 mô hình (51,5%; chưa đạt chỉ tiêu, còn thiếu 16 mô hình)");
    }

    [Fact]
    public void A_negative_amount_of_money_puts_its_sign_before_the_currency()
    {
        // −150 000 000 000 đồng at the billions scale: 150 tỷ đồng lower.
        var money = Measure.Money(Currency.Vnd, MoneyScale.Billions);

        money.FormatDifference(-150_000_000_000m, 0, Language.English).Should().Be("-VND 150 billion");
        money.FormatDifference(-150_000_000_000m, 0, Language.Vietnamese).Should().Be("-150 tỷ đồng");
        money.FormatDifference(150_000_000_000m, 0, Language.English, explicitPlusSign: true).Should().Be("+VND 150 billion");
    }

    [Fact]
    public void The_days_gone_are_said_of_the_quarter()
    {
        // 10/3/2024 is day 70 of the 91 days of Q1 2024 (31 + 29 + 10); 150 of 1 000 planned by then: 1 000 × 70 / 91 = 769,2.
        var dossiers = new Indicator(new IndicatorCode("D"), new LocalizedText("Hồ sơ", "Dossiers"), Measure.Count(new LocalizedText("hồ sơ", "records"), "record"), Polarity.HigherIsBetter, 0);
        var progress = ScheduleVariance.Evaluate(dossiers, Goal.AtLeast(1000m), Q1.ToDateInterval(), new LocalDate(2024, 3, 10), 150m);

        progress.Describe(Language.Vietnamese).Should().Contain("(đã qua 70/91 ngày của quý)");
        progress.Describe(Language.English).Should().Contain("(70 of the quarter's 91 days elapsed)");
    }
}
