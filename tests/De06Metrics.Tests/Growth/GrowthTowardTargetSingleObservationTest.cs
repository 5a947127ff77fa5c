using De06Metrics.Growth;
using De06Metrics.Measures;
using De06Metrics.Text;
using static De06Metrics.Tests.Growth.GrowthIndicators;

namespace De06Metrics.Tests.Growth;

public class GrowthTowardTargetSingleObservationTest
{
    private static readonly LocalDate End2023 = new(2023, 12, 31);
    private static readonly DatedValue Target = new(new LocalDate(2025, 12, 31), 70m);

    [Fact]
    public void A_single_observation_that_meets_the_target_is_achieved()
    {
        // One figure, 88,8% at the end of 2023, against a target of 70%: 88,8 ≥ 70, so target achieved (open-sdg says
        // "target_achieved" before it asks for two data points).
        var only = new DatedValue(End2023, 88.8m);
        var progress = GrowthTowardTarget.Assess(OnlineRate, only, only, Target);

        progress.Category.Should().Be(ProgressCategory.Achieved);
        progress.IsTargetMet.Should().BeTrue();
        progress.ObservedGrowth.Should().BeNull();
        progress.Ratio.Should().BeNull();
        progress.Reason.Should().Be(NotMeaningfulReason.MissingBase);
        progress.Describe(Language.Vietnamese).Should().Be("Đã đạt chỉ tiêu: 88,8% so với chỉ tiêu 70,0%");
        progress.Describe(Language.English).Should().Be("Target achieved: 88.8% against a target of 70.0%");
    }

    [Fact]
    public void A_single_observation_exactly_at_the_target_is_achieved_and_lower_is_better_turns_it()
    {
        var at = new DatedValue(End2023, 70m);
        GrowthTowardTarget.Assess(OnlineRate, at, at, Target).Category.Should().Be(ProgressCategory.Achieved);

        // A late rate of 4% against a ceiling of 5%: 4 ≤ 5, achieved.
        var late = new DatedValue(End2023, 4m);
        GrowthTowardTarget.Assess(LateRate, late, late, new DatedValue(Target.Date, 5m)).Category.Should().Be(ProgressCategory.Achieved);
    }

    [Fact]
    public void A_single_observation_short_of_the_target_is_still_refused()
    {
        // 60 < 70: nothing can be said about progress from one figure.
        var only = new DatedValue(End2023, 60m);
        FluentActions.Invoking(() => GrowthTowardTarget.Assess(OnlineRate, only, only, Target))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "current" && e.Message.Contains("60") && e.Message.Contains("70"));

        // A late rate of 6% against a ceiling of 5% falls short too.
        var late = new DatedValue(End2023, 6m);
        FluentActions.Invoking(() => GrowthTowardTarget.Assess(LateRate, late, late, new DatedValue(Target.Date, 5m)))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "current");
    }

    [Fact]
    public void Two_values_on_one_date_are_not_a_single_observation()
    {
        FluentActions.Invoking(() => GrowthTowardTarget.Assess(OnlineRate, new DatedValue(End2023, 75m), new DatedValue(End2023, 80m), Target))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "current" && e.Message.Contains("75") && e.Message.Contains("80"));
    }
}
