using De06Metrics.Evaluation;
using De06Metrics.Indicators;
using De06Metrics.Text;

namespace De06Metrics.Tests.Evaluation;

public class MarginCheckTest
{
    [Fact]
    public void A_report_whose_margin_implies_another_target_is_caught()
    {
        // 88,8% "vượt 18,8" implies 70%; a stored target of 75% differs by −5 points.
        var check = MarginCheck.Check(Indicators.OnlineDossierRate, Goal.AtLeast(75m), 88.8m, 18.8m);
        check.ImpliedTarget.Should().Be(70m);
        check.StoredTarget.Should().Be(75m);
        check.Discrepancy.Should().Be(-5m);
        check.Agrees.Should().BeFalse();
        check.Describe(Language.Vietnamese).Should().Be("chỉ tiêu suy ra từ báo cáo (70,0%) không khớp với chỉ tiêu đã lưu (75%), lệch -5,0 điểm phần trăm");
        check.Describe(Language.English).Should().Be("the target implied by the report (70.0%) does not agree with the stored target (75%): -5.0 percentage points");
    }

    [Theory]
    [InlineData(70.1, true)]  // one unit of the last displayed decimal: explained by rounding actual and margin
    [InlineData(70.2, false)]
    public void Display_rounding_is_allowed_for_and_no_more(double stored, bool agrees)
    {
        var check = MarginCheck.Check(Indicators.OnlineDossierRate, Goal.AtLeast((decimal)stored), 88.8m, 18.8m);
        check.Allowance.Should().Be(0.1m);
        check.Agrees.Should().Be(agrees);
    }

    [Fact]
    public void Lower_is_better_margins_imply_a_ceiling_above_the_actual()
    {
        // 3% late, 2 points better than the ceiling: the ceiling is 5%.
        MarginCheck.ImpliedTargetOf(Indicators.LateDossierRate, 3m, 2m).Should().Be(5m);
        MarginCheck.Check(Indicators.LateDossierRate, Goal.AtMost(5m), 3m, 2m).Describe(Language.English)
            .Should().Be("the target implied by the report (5.0%) agrees with the stored target (5%)");
    }

    [Fact]
    public void A_band_indicator_has_no_implied_target()
    {
        var act = () => MarginCheck.ImpliedTargetOf(Indicators.BandedRate, 93m, 1m);
        act.Should().Throw<ArgumentException>().WithParameterName("indicator").WithMessage("*DVC.BANDED*");
    }
}
