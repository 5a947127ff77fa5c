using System.Globalization;
using De06Metrics.Evaluation;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Text;

namespace De06Metrics.Tests.Evaluation;

[Trait("Category", "Text")]
public partial class TargetEvaluationTest
{
    [Theory]
    [InlineData(3.0, "ở mức 3,0%, vượt chỉ tiêu, thấp hơn mức tối đa 2,0 điểm phần trăm (chỉ tiêu không quá 5%)", "3.0%, 2.0 percentage points below the 5% maximum")]
    [InlineData(5.0, "ở mức 5,0%, đạt chỉ tiêu (chỉ tiêu không quá 5%)", "5.0%, meets the 5% maximum")]
    [InlineData(6.5, "ở mức 6,5%, chưa đạt chỉ tiêu, cao hơn mức tối đa 1,5 điểm phần trăm (chỉ tiêu không quá 5%)", "6.5%, 1.5 percentage points above the 5% maximum")]
    public void At_most_sentences(double actual, string vi, string en)
    {
        var result = TargetEvaluation.Evaluate(Indicators.LateDossierRate, Goal.AtMost(5m), (decimal)actual);
        result.Describe(Language.Vietnamese).Should().Be(vi);
        result.Describe(Language.English).Should().Be(en);
    }

    [Theory]
    [InlineData(93.0, "ở mức 93,0%, đạt chỉ tiêu (chỉ tiêu từ 90% đến 98%)", "93.0%, within the target range of 90% to 98%")]
    [InlineData(88.0, "ở mức 88,0%, chưa đạt chỉ tiêu, thấp hơn giới hạn dưới 2,0 điểm phần trăm (chỉ tiêu từ 90% đến 98%)", "88.0%, 2.0 percentage points below the target range of 90% to 98%")]
    [InlineData(99.5, "ở mức 99,5%, chưa đạt chỉ tiêu, cao hơn giới hạn trên 1,5 điểm phần trăm (chỉ tiêu từ 90% đến 98%)", "99.5%, 1.5 percentage points above the target range of 90% to 98%")]
    public void Range_sentences(double actual, string vi, string en)
    {
        var result = TargetEvaluation.Evaluate(Indicators.BandedRate, Goal.Between(90m, 98m), (decimal)actual);
        result.Describe(Language.Vietnamese).Should().Be(vi);
        result.Describe(Language.English).Should().Be(en);
    }

    [Fact]
    public void Basically_met_within_tolerance_says_by_how_much_and_which_tolerance()
    {
        var options = new EvaluationOptions(0.5m);
        var atLeast = TargetEvaluation.Evaluate(Indicators.OnlineDossierRate, Goal.AtLeast(70m), MeasuredValue.Of(69.8m), options);
        atLeast.Describe(Language.Vietnamese).Should().Be("đạt 69,8%, cơ bản đạt chỉ tiêu, thấp hơn 0,2 điểm phần trăm, trong phạm vi dung sai 0,5 điểm phần trăm (chỉ tiêu 70%)");
        atLeast.Describe(Language.English).Should().Be("69.8%, basically meets the 70% target (0.2 percentage points below, within the tolerance of 0.5 percentage points)");

        var range = TargetEvaluation.Evaluate(Indicators.BandedRate, Goal.Between(90m, 98m), MeasuredValue.Of(89.7m), options);
        range.Describe(Language.Vietnamese).Should().Be("ở mức 89,7%, cơ bản đạt chỉ tiêu, thấp hơn giới hạn dưới 0,3 điểm phần trăm, trong phạm vi dung sai 0,5 điểm phần trăm (chỉ tiêu từ 90% đến 98%)");
        range.Describe(Language.English).Should().Be("89.7%, basically meets the target range of 90% to 98% (0.3 percentage points below, within the tolerance of 0.5 percentage points)");
    }

    [Fact]
    public void Exact_goal_sentences_state_the_centre_and_tolerance()
    {
        var result = TargetEvaluation.Evaluate(Indicators.BandedRate, Goal.Exactly(95m, 1m), 97.2m);
        result.Describe(Language.Vietnamese).Should().Be("ở mức 97,2%, chưa đạt chỉ tiêu, cao hơn giới hạn trên 1,2 điểm phần trăm (chỉ tiêu 95% ± 1 điểm phần trăm)");
        result.Describe(Language.English).Should().Be("97.2%, 1.2 percentage points above the target of 95% ± 1 percentage point");
    }

    [Fact]
    public void Yes_no_sentences()
    {
        var yes = TargetEvaluation.Evaluate(Indicators.Connected, Goal.Yes(), MeasuredValue.FromBoolean(true));
        var no = TargetEvaluation.Evaluate(Indicators.Connected, Goal.Yes(), MeasuredValue.FromBoolean(false));
        yes.Describe(Language.Vietnamese).Should().Be("có, đạt chỉ tiêu (chỉ tiêu: có)");
        yes.Describe(Language.English).Should().Be("yes, meets the target of yes");
        no.Describe(Language.Vietnamese).Should().Be("không, chưa đạt chỉ tiêu (chỉ tiêu: có)");
        no.Describe(Language.English).Should().Be("no, does not meet the target of yes");
    }

    [Fact]
    public void No_data_sentences()
    {
        var result = TargetEvaluation.Evaluate(Indicators.OnlineDossierRate, Goal.AtLeast(70m), (decimal?)null);
        result.Describe(Language.Vietnamese).Should().Be("không có số liệu (chỉ tiêu 70%)");
        result.Describe(Language.English).Should().Be("no data (target: at least 70%)");
    }

    [Fact]
    public void A_target_is_written_with_its_own_decimals_up_to_the_display_decimals()
    {
        // 72,5 keeps its one decimal; 72,25 is shown at the indicator's one decimal, rounded for display only.
        TargetEvaluation.Evaluate(Indicators.OnlineDossierRate, Goal.AtLeast(72.5m), 88.8m).Describe(Language.English)
            .Should().Be("88.8%, 16.3 percentage points above the 72.5% target");
        TargetEvaluation.Evaluate(Indicators.OnlineDossierRate, Goal.AtLeast(72.25m), 88.8m).Describe(Language.English)
            .Should().Be("88.8%, 16.6 percentage points above the 72.3% target");
    }

    [Fact]
    public void The_rule_is_stated_in_words()
    {
        var plain = TargetEvaluation.Evaluate(Indicators.OnlineDossierRate, Goal.AtLeast(70m), 88.8m);
        plain.DescribeRule(Language.Vietnamese).Should().Be("vượt chỉ tiêu khi cao hơn chỉ tiêu 70%, đạt khi bằng, chưa đạt khi thấp hơn");
        plain.DescribeRule(Language.English).Should().Be("exceeded when above the 70% target, met when equal to it, not met when below it");

        var tolerant = TargetEvaluation.Evaluate(Indicators.LateDossierRate, Goal.AtMost(5m), MeasuredValue.Of(3m), new EvaluationOptions(0.5m, BandScheme.TrafficLight));
        tolerant.DescribeRule(Language.English).Should().Be(
            "exceeded when more than 0.5 percentage points below the 5% maximum, met when within 0.5 percentage points of it, " +
            "not met when more than 0.5 percentage points above it; banded by Traffic lights by attainment");
        tolerant.ToString("R", Language.Vietnamese).Should().StartWith("vượt chỉ tiêu khi thấp hơn mức tối đa 5% quá 0,5 điểm phần trăm");
    }

    [Fact]
    public void ToString_writes_in_the_language_of_the_provider()
    {
        var result = TargetEvaluation.Evaluate(Indicators.OnlineDossierRate, Goal.AtLeast(70m), 88.8m);
        result.ToString(null, Language.Vietnamese).Should().Be(result.Describe(Language.Vietnamese));
        result.ToString("G", CultureInfo.InvariantCulture).Should().Be(result.Describe(Language.English));
        var bad = () => result.ToString("X", Language.English);
        bad.Should().Throw<FormatException>().WithMessage("*'X'*");
    }

    [Fact]
    public void Money_margins_are_written_in_dong()
    {
        var result = TargetEvaluation.Evaluate(Indicators.Balance(Polarity.HigherIsBetter), Goal.AtLeast(2_000_000m), 2_527_000m);
        result.Describe(Language.Vietnamese).Should().Be("đạt 2.527.000,00 đồng, vượt chỉ tiêu 527.000,00 đồng (chỉ tiêu 2.000.000 đồng)");
    }

    [Fact]
    public void Schedule_progress_sentences()
    {
        var progress = ScheduleVariance.Evaluate(Indicators.Records, Goal.AtLeast(1000m), ReportingPeriod.ForYear(2024).ToDateInterval(), new LocalDate(2024, 3, 10), 150m);
        progress.Describe(Language.Vietnamese).Should().Be(
            "tính đến ngày 10/3/2024 đạt 150 hồ sơ, kế hoạch 191 hồ sơ (đã qua 70/366 ngày của năm); chậm tiến độ 15 ngày, thiếu 41 hồ sơ so với kế hoạch");
        progress.Describe(Language.English).Should().Be(
            "150 records as of 10 March 2024 against 191 records planned (70 of the year's 366 days elapsed); 15 days behind schedule, 41 records short of the plan");
    }

    [Fact]
    public void Band_and_progress_sentences()
    {
        var result = TargetEvaluation.Evaluate(Indicators.OnlineDossierRate, Goal.AtLeast(70m), MeasuredValue.Of(62m), new EvaluationOptions(bands: BandScheme.Okr), baseline: 50m);
        result.Band!.Describe(Language.Vietnamese).Should().Be("Vàng (điểm OKR 0,60)");
        result.GapClosure!.Describe(Language.Vietnamese).Should().Be("thực hiện được 60,0% khoảng cách từ mức cơ sở 50% đến chỉ tiêu 70%");
    }
}

/// <summary>Indicators shaped like those of the Hà Giang Q1 2024 report, and a few the report lacks.</summary>
/// <remarks>
/// The sentences below are checked without ICU too: the invariant-globalization project runs the text trait.
/// </remarks>
internal static class Indicators
{
    public static Indicator OnlineDossierRate { get; } = Make("DVC.ONLINE_RATE", "Tỷ lệ hồ sơ trực tuyến", "Online dossier rate", Measure.Rate, Polarity.HigherIsBetter);

    public static Indicator EssentialServicesRate { get; } = Make("DVC.ESSENTIAL_25", "Tỷ lệ 25 dịch vụ công thiết yếu", "25 essential services rate", Measure.Rate, Polarity.HigherIsBetter);

    public static Indicator OnlinePaymentRate { get; } = Make("TT.ONLINE_PAYMENT", "Tỷ lệ thanh toán trực tuyến", "Online payment rate", Measure.Rate, Polarity.HigherIsBetter);

    public static Indicator ChipCardHealthRate { get; } = Make("YT.CCCD_BHYT", "Tỷ lệ dùng CCCD gắn chip khám chữa bệnh", "Chip ID card used for health insurance", Measure.Rate, Polarity.HigherIsBetter);

    public static Indicator ModelsDeployed { get; } = Make("MH.DEPLOYED", "Số mô hình đã triển khai", "Models deployed",
        Measure.Count(new LocalizedText("mô hình", "models")), Polarity.HigherIsBetter, decimals: 0);

    public static Indicator Records { get; } = Make("HS.RECORDS", "Số hồ sơ", "Records",
        Measure.Count(new LocalizedText("hồ sơ", "records")), Polarity.HigherIsBetter, decimals: 0);

    public static Indicator LateDossierRate { get; } = Make("DVC.LATE_RATE", "Tỷ lệ hồ sơ trễ hạn", "Late dossier rate", Measure.Rate, Polarity.LowerIsBetter);

    public static Indicator LateDossiers { get; } = Make("DVC.LATE", "Số hồ sơ trễ hạn", "Late dossiers",
        Measure.Count(new LocalizedText("hồ sơ", "dossiers")), Polarity.LowerIsBetter, decimals: 0);

    public static Indicator BandedRate { get; } = Make("DVC.BANDED", "Tỷ lệ trong khoảng", "Banded rate", Measure.Rate, Polarity.WithinBand);

    public static Indicator Connected { get; } = Make("KN.CONNECTED", "Đã kết nối", "Connected", Measure.YesNo, Polarity.HigherIsBetter, decimals: 0);

    public static Indicator Balance(Polarity polarity) => Make("TC.BALANCE." + polarity, "Số dư", "Balance", Measure.Money(Currency.Vnd), polarity, decimals: 2);

    private static Indicator Make(string code, string vi, string en, Measure measure, Polarity polarity, int decimals = 1) =>
        new(new IndicatorCode(code), new LocalizedText(vi, en), measure, polarity, decimals);
}
