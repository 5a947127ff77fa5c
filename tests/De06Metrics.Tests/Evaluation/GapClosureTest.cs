using De06Metrics;
using De06Metrics.Evaluation;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Text;

namespace De06Metrics.Tests.Evaluation;

public class GapClosureTest
{
    [Fact]
    public void Progress_is_the_share_of_the_distance_travelled()
    {
        // (62 − 50) / (70 − 50) = 12 / 20 = 0,6.
        var progress = GapClosure.Evaluate(Indicators.OnlineDossierRate, Goal.AtLeast(70m), 50m, 62m);
        progress.Fraction.Value.Should().Be(0.6m);
        progress.IsRegression.Should().BeFalse();
        progress.IsBeyondTarget.Should().BeFalse();
        progress.Describe(Language.Vietnamese).Should().Be("thực hiện được 60,0% khoảng cách từ mức cơ sở 50% đến chỉ tiêu 70%");
        progress.Describe(Language.English).Should().Be("60.0% of the way from the baseline of 50% to the target of 70%");
    }

    [Fact]
    public void Lower_is_better_needs_no_sign_change()
    {
        // From 10 late dossiers toward at most 4: 7 is (7 − 10) / (4 − 10) = 0,5 of the way.
        GapClosure.Evaluate(Indicators.LateDossiers, Goal.AtMost(4m), 10m, 7m).Fraction.Value.Should().Be(0.5m);
    }

    [Fact]
    public void A_regression_is_kept_negative_and_flagged_not_floored_at_zero()
    {
        // (45 − 50) / 20 = −0,25.
        var progress = GapClosure.Evaluate(Indicators.OnlineDossierRate, Goal.AtLeast(70m), 50m, 45m);
        progress.Fraction.Value.Should().Be(-0.25m);
        progress.IsRegression.Should().BeTrue();
        progress.Describe(Language.English).Should().Be("-25.0% of the way from the baseline of 50% to the target of 70%, worse than the baseline");
        progress.Describe(Language.Vietnamese).Should().EndWith(", kém hơn mức cơ sở");
    }

    [Fact]
    public void Progress_past_the_target_is_kept_above_one_and_flagged()
    {
        // (80 − 50) / 20 = 1,5.
        var progress = GapClosure.Evaluate(Indicators.OnlineDossierRate, Goal.AtLeast(70m), 50m, 80m);
        progress.Fraction.Value.Should().Be(1.5m);
        progress.IsBeyondTarget.Should().BeTrue();
        progress.Describe(Language.Vietnamese).Should().Be("thực hiện được 150,0% khoảng cách từ mức cơ sở 50% đến chỉ tiêu 70%, đã vượt chỉ tiêu");
    }

    [Fact]
    public void A_target_equal_to_the_baseline_gives_its_reason()
    {
        var progress = GapClosure.Evaluate(Indicators.OnlineDossierRate, Goal.AtLeast(70m), 70m, 75m);
        progress.Fraction.Reason.Should().Be(NotMeaningfulReason.TargetEqualsBaseline);
        progress.IsRegression.Should().BeFalse();
        progress.Describe(Language.English).Should().Be("progress from the baseline is not meaningful: the target equals the baseline");
        progress.Describe(Language.Vietnamese).Should().Be("tiến độ so với mức cơ sở không có ý nghĩa: chỉ tiêu bằng mức cơ sở");
    }

    [Fact]
    public void A_target_on_the_worse_side_of_the_baseline_gives_its_reason()
    {
        GapClosure.Evaluate(Indicators.OnlineDossierRate, Goal.AtLeast(70m), 80m, 75m).Fraction.Reason.Should().Be(NotMeaningfulReason.TargetBehindBaseline);
        GapClosure.Evaluate(Indicators.LateDossiers, Goal.AtMost(10m), 4m, 7m).Fraction.Reason.Should().Be(NotMeaningfulReason.TargetBehindBaseline);
    }

    [Fact]
    public void No_data_has_no_progress()
    {
        var progress = GapClosure.Evaluate(Indicators.OnlineDossierRate, Goal.AtLeast(70m), 50m, (decimal?)null);
        progress.Fraction.Reason.Should().Be(NotMeaningfulReason.NoData);
        progress.Describe(Language.Vietnamese).Should().Be("không có số liệu");
    }

    [Fact]
    public void A_baseline_outside_the_measure_is_refused()
    {
        var act = () => GapClosure.Evaluate(Indicators.OnlineDossierRate, Goal.AtLeast(70m), -5m, 62m);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("baseline").WithMessage("*-5*");
    }
}
