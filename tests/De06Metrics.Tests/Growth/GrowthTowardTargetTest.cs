using De06Metrics;
using De06Metrics.Growth;
using De06Metrics.Measures;
using De06Metrics.Text;
using static De06Metrics.Tests.Growth.GrowthIndicators;

namespace De06Metrics.Tests.Growth;

public class GrowthTowardTargetTest
{
    private static readonly DatedValue Baseline = new(new LocalDate(2020, 12, 31), 50m);
    private static readonly DatedValue Target = new(new LocalDate(2026, 12, 31), 80m);
    private static readonly LocalDate End2022 = new(2022, 12, 31);

    // Required: 1,6^(1/6) − 1 = 8,14837…% a year from the 2020 baseline. Observed over two years: √(v/50) − 1.
    [Theory]
    // √1,2 − 1 = 9,5445…%, R = 1,1713 ≥ 0,95.
    [InlineData(60, ProgressCategory.OnTrack, 1.171339296283693)]
    // √1,12 − 1 = 5,8301…%, R = 0,7155.
    [InlineData(56, ProgressCategory.AccelerationNeeded, 0.7154865416269518)]
    // √1,04 − 1 = 1,9804…%, R = 0,2430.
    [InlineData(52, ProgressCategory.LimitedProgress, 0.2430411391040188)]
    // √0,96 − 1 = −2,0204…%, R = −0,2480.
    [InlineData(48, ProgressCategory.Deterioration, -0.2479525500579290)]
    public void The_ratio_of_observed_to_required_growth_sets_the_category(int current, ProgressCategory expected, double ratio)
    {
        var progress = GrowthTowardTarget.Assess(OnlineRate, Baseline, new DatedValue(End2022, current), Target);

        progress.Category.Should().Be(expected);
        ((double)progress.Ratio!.Value).Should().BeApproximately(ratio, 1e-12);
        progress.RequiredGrowth.Percent.Should().BeApproximately(8.148374712019894793123837716m, 1e-20m);
        progress.IsTargetMet.Should().BeFalse();
        progress.Reason.Should().Be(NotMeaningfulReason.None);
    }

    [Theory]
    [InlineData(80)]
    [InlineData(85)]
    public void A_target_already_met_is_achieved(int current)
    {
        var progress = GrowthTowardTarget.Assess(OnlineRate, Baseline, new DatedValue(End2022, current), Target);
        progress.Category.Should().Be(ProgressCategory.Achieved);
        progress.IsTargetMet.Should().BeTrue();
    }

    [Fact]
    public void Lower_is_better_turns_the_sign()
    {
        // Late rate 20% → target 10% by 2026: required 0,5^(1/6) − 1 = −10,9101…%; observed to 16%: √0,8 − 1 = −10,5573…%.
        // R = −1 × (−10,5573) / 10,9101 = 0,96766 → on track. Rising to 22% moves away.
        var baseline = new DatedValue(Baseline.Date, 20m);
        var target = new DatedValue(Target.Date, 10m);

        var improving = GrowthTowardTarget.Assess(LateRate, baseline, new DatedValue(End2022, 16m), target);
        ((double)improving.Ratio!.Value).Should().BeApproximately(0.9676587405809281, 1e-12);
        improving.Category.Should().Be(ProgressCategory.OnTrack);
        GrowthTowardTarget.Assess(LateRate, baseline, new DatedValue(End2022, 22m), target).Category.Should().Be(ProgressCategory.Deterioration);
        GrowthTowardTarget.Assess(LateRate, baseline, new DatedValue(End2022, 9m), target).Category.Should().Be(ProgressCategory.Achieved);
    }

    // Exact bands: baseline 100 (2020), target 121 by 2022 needs exactly 10% a year; after one year the observed
    // growth is v/100 − 1 exactly, so R = (v − 100) / 10.
    [Theory]
    [InlineData("109.5", ProgressCategory.OnTrack)]               // R = 0,95
    [InlineData("109.4999", ProgressCategory.AccelerationNeeded)] // R = 0,94999
    [InlineData("106", ProgressCategory.AccelerationNeeded)]      // R = 0,6
    [InlineData("105.9999", ProgressCategory.LimitedProgress)]    // R = 0,59999
    [InlineData("100", ProgressCategory.LimitedProgress)]         // R = 0
    [InlineData("99.9999", ProgressCategory.Deterioration)]       // R = −0,00001
    public void Open_sdg_bands_include_their_lower_bound(string current, ProgressCategory expected) =>
        AssessExact(current, null).Category.Should().Be(expected);

    [Theory]
    [InlineData("109.5", ProgressCategory.OnTrack)]               // R = 0,95
    [InlineData("105", ProgressCategory.AccelerationNeeded)]      // R = 0,5
    [InlineData("104.9999", ProgressCategory.LimitedProgress)]    // R = 0,49999
    [InlineData("99", ProgressCategory.LimitedProgress)]          // R = −0,1
    [InlineData("98.9999", ProgressCategory.Deterioration)]       // R = −0,10001
    public void Unsd_2022_bands_include_their_lower_bound(string current, ProgressCategory expected) =>
        AssessExact(current, ProgressThresholds.Unsd2022).Category.Should().Be(expected);

    [Fact]
    public void The_ratio_is_exact_when_the_spans_are_whole_years()
    {
        AssessExact("109.5", null).Ratio.Should().Be(0.95m);
        AssessExact("99", null).Ratio.Should().Be(-0.1m);
    }

    [Fact]
    public void Thresholds_can_be_set()
    {
        var strict = new ProgressThresholds(1m, 0.8m, 0.2m);
        AssessExact("109.5", strict).Category.Should().Be(ProgressCategory.AccelerationNeeded);
        AssessExact("101", strict).Category.Should().Be(ProgressCategory.Deterioration);
        strict.Should().Be(new ProgressThresholds(1m, 0.8m, 0.2m));
        ProgressThresholds.OpenSdg.Should().Be(new ProgressThresholds(0.95m, 0.6m, 0m));
    }

    [Fact]
    public void Thresholds_must_fall_strictly()
    {
        FluentActions.Invoking(() => new ProgressThresholds(0.6m, 0.6m, 0m))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "accelerationNeeded" && e.Message.Contains("0.6"));
        FluentActions.Invoking(() => new ProgressThresholds(0.95m, 0.5m, 0.7m))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "limitedProgress" && e.Message.Contains("0.7"));
    }

    [Fact]
    public void The_pace_needed_from_now_on_is_reported()
    {
        // From 60 at the end of 2022 to 80 by the end of 2026: (80/60)^(1/4) − 1 = 7,456993182354…%.
        var progress = GrowthTowardTarget.Assess(OnlineRate, Baseline, new DatedValue(End2022, 60m), Target);
        progress.RequiredGrowthFromCurrent!.Percent.Should().BeApproximately(7.456993182354191955333815671m, 1e-20m);
        GrowthTowardTarget.Assess(OnlineRate, Baseline, new DatedValue(Target.Date, 70m), Target).RequiredGrowthFromCurrent.Should().BeNull();
    }

    [Fact]
    public void A_zero_baseline_cannot_be_assessed()
    {
        var progress = GrowthTowardTarget.Assess(HealthRecords, new DatedValue(Baseline.Date, 0m), new DatedValue(End2022, 10m), Target);

        progress.Category.Should().Be(ProgressCategory.Unassessable);
        progress.Ratio.Should().BeNull();
        progress.Reason.Should().Be(NotMeaningfulReason.ZeroBase);
        progress.Describe(Language.Vietnamese).Should().Be("Không đánh giá được tiến độ vì giá trị gốc bằng 0");
        progress.Describe(Language.English).Should().Be("Progress cannot be assessed because the base value is zero");
    }

    [Fact]
    public void A_target_equal_to_the_baseline_that_is_missed_is_deterioration()
    {
        var progress = GrowthTowardTarget.Assess(OnlineRate, Baseline, new DatedValue(End2022, 45m), new DatedValue(Target.Date, 50m));

        progress.Category.Should().Be(ProgressCategory.Deterioration);
        progress.Ratio.Should().BeNull();
        progress.Reason.Should().Be(NotMeaningfulReason.TargetEqualsBaseline);
    }

    [Fact]
    public void The_assessment_reads_in_both_languages()
    {
        var progress = GrowthTowardTarget.Assess(OnlineRate, Baseline, new DatedValue(End2022, 56m), Target);

        progress.Describe(Language.Vietnamese).Should().Be(
            "Cần tăng tốc: tốc độ bình quân +5,8%/năm kể từ 31/12/2020, so với mức cần thiết +8,1%/năm để đạt 80,0% vào 31/12/2026 (R = 0,72)");
        progress.Describe(Language.English).Should().Be(
            "Acceleration needed: +5.8% a year since 31 December 2020, against +8.1% a year needed to reach 80.0% by 31 December 2026 (R = 0.72)");
        GrowthTowardTarget.Assess(OnlineRate, Baseline, new DatedValue(End2022, 88.8m), Target).Describe(Language.Vietnamese)
            .Should().Be("Đã đạt chỉ tiêu: 88,8% so với chỉ tiêu 80,0%");
    }

    [Fact]
    public void Bad_arguments_name_themselves_and_their_value()
    {
        FluentActions.Invoking(() => GrowthTowardTarget.Assess(Banded, Baseline, new DatedValue(End2022, 60m), Target))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "indicator" && e.Message.Contains("WithinBand"));
        FluentActions.Invoking(() => GrowthTowardTarget.Assess(OnlineRate, Baseline, new DatedValue(End2022, 60m), new DatedValue(new LocalDate(2019, 12, 31), 80m)))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "target" && e.Message.Contains("2019-12-31"));
        FluentActions.Invoking(() => GrowthTowardTarget.Assess(OnlineRate, Baseline, new DatedValue(Baseline.Date, 60m), Target))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "current" && e.Message.Contains("2020-12-31"));
        FluentActions.Invoking(() => GrowthTowardTarget.Assess(HasPortal, Baseline, new DatedValue(End2022, 1m), Target))
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be("indicator");
        FluentActions.Invoking(() => GrowthTowardTarget.Assess(OnlineRate, Baseline, new DatedValue(End2022, 60m), Target, counting: (YearCounting)5))
            .Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("counting");
    }

    private static GrowthTowardTarget AssessExact(string current, ProgressThresholds? thresholds) =>
        GrowthTowardTarget.Assess(
            OnlineRate,
            new DatedValue(new LocalDate(2020, 12, 31), 100m),
            new DatedValue(new LocalDate(2021, 12, 31), decimal.Parse(current, System.Globalization.CultureInfo.InvariantCulture)),
            new DatedValue(new LocalDate(2022, 12, 31), 121m),
            thresholds);
}
