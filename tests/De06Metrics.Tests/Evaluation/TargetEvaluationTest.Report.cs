using De06Metrics.Evaluation;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Text;

namespace De06Metrics.Tests.Evaluation;

public partial class TargetEvaluationTest
{
    // The report's four "vượt chỉ tiêu" figures: actual, target, and the margin it printed (with a "%" that is in
    // fact percentage points: 88,8 − 70 = 18,8).
    public static TheoryData<string, decimal, decimal, decimal> ReportFigures => new()
    {
        { "DVC.ONLINE_RATE", 88.8m, 70m, 18.8m },
        { "DVC.ESSENTIAL_25", 95m, 70m, 25m },
        { "TT.ONLINE_PAYMENT", 83.7m, 45m, 38.7m },
        { "YT.CCCD_BHYT", 92.7m, 70m, 22.7m },
    };

    [Theory]
    [MemberData(nameof(ReportFigures))]
    public void The_reports_margins_are_reproduced_in_percentage_points_and_every_target_is_exceeded(string code, decimal actual, decimal target, decimal reportedMargin)
    {
        var result = TargetEvaluation.Evaluate(ReportIndicator(code), Goal.AtLeast(target), actual);

        result.Margin.Should().Be(reportedMargin);
        result.Status.Should().Be(TargetStatus.Exceeded);
        result.Indicator.Measure.DifferenceUnit.Should().Be(DifferenceUnit.PercentagePoints);
    }

    [Theory]
    [MemberData(nameof(ReportFigures))]
    public void The_reports_targets_are_recovered_from_actual_and_margin(string code, decimal actual, decimal target, decimal reportedMargin)
    {
        var indicator = ReportIndicator(code);
        MarginCheck.ImpliedTargetOf(indicator, actual, reportedMargin).Should().Be(target);

        var check = MarginCheck.Check(indicator, Goal.AtLeast(target), actual, reportedMargin);
        check.Agrees.Should().BeTrue();
        check.Discrepancy.Should().Be(0m);
    }

    [Fact]
    public void The_online_dossier_rate_reads_as_the_report_would_say_it()
    {
        var result = TargetEvaluation.Evaluate(Indicators.OnlineDossierRate, Goal.AtLeast(70m), 88.8m);

        result.Describe(Language.Vietnamese).Should().Be("đạt 88,8%, vượt chỉ tiêu 18,8 điểm phần trăm (chỉ tiêu 70%)");
        result.Describe(Language.English).Should().Be("88.8%, 18.8 percentage points above the 70% target");
        // 88,8 / 70 = 1,26857…
        result.Attainment.Value.Should().BeApproximately(1.268571m, 0.000001m);
    }

    [Fact]
    public void The_essential_services_margin_is_written_with_the_indicators_one_decimal() =>
        TargetEvaluation.Evaluate(Indicators.EssentialServicesRate, Goal.AtLeast(70m), 95m).Describe(Language.Vietnamese)
            .Should().Be("đạt 95,0%, vượt chỉ tiêu 25,0 điểm phần trăm (chỉ tiêu 70%)");

    [Fact]
    public void Seventeen_of_thirty_three_models_against_thirty_three_is_not_met_sixteen_short()
    {
        var result = TargetEvaluation.Evaluate(Indicators.ModelsDeployed, Goal.AtLeast(33m), MeasuredValue.FromCountOfTotal(17m, 33m));

        result.Status.Should().Be(TargetStatus.NotMet);
        result.Margin.Should().Be(-16m);
        // 17 / 33 = 0,51515…, written 51,5%.
        result.Attainment.Value.Should().Be(17m / 33m);
        result.Attainment.Format(1, Language.Vietnamese).Should().Be("51,5%");
        result.Describe(Language.Vietnamese).Should().Be("đạt 17/33 mô hình, chưa đạt chỉ tiêu, còn thiếu 16 mô hình (chỉ tiêu 33 mô hình; bằng 51,5% chỉ tiêu)");
        result.Describe(Language.English).Should().Be("17/33 models, 16 models short of the target of 33 models (51.5% of the target)");
    }

    private static Indicator ReportIndicator(string code) => code switch
    {
        "DVC.ONLINE_RATE" => Indicators.OnlineDossierRate,
        "DVC.ESSENTIAL_25" => Indicators.EssentialServicesRate,
        "TT.ONLINE_PAYMENT" => Indicators.OnlinePaymentRate,
        _ => Indicators.ChipCardHealthRate,
    };
}
