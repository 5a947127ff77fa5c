using De06Metrics.Growth;
using De06Metrics.Text;
using MathNet.Numerics.LinearRegression;
using static De06Metrics.Tests.Growth.GrowthIndicators;

namespace De06Metrics.Tests.Growth;

public class TrendProjectionTest
{
    // Four year-ends, x = 0, 1, 2, 3 years since 31/12/2020, y = 60, 65, 72, 75 (%).
    private static readonly DatedValue[] Series =
    [
        new(new LocalDate(2020, 12, 31), 60m),
        new(new LocalDate(2021, 12, 31), 65m),
        new(new LocalDate(2022, 12, 31), 72m),
        new(new LocalDate(2023, 12, 31), 75m),
    ];

    private static readonly LocalDate End2025 = new(2025, 12, 31);

    [Fact]
    public void Least_squares_matches_the_hand_computed_line()
    {
        // x̄ = 1,5; ȳ = 68; Sxx = 2,25 + 0,25 + 0,25 + 2,25 = 5;
        // Sxy = (−1,5)(−8) + (−0,5)(−3) + (0,5)(4) + (1,5)(7) = 12 + 1,5 + 2 + 10,5 = 26.
        // b = 26 / 5 = 5,2 points a year; a = 68 − 5,2 × 1,5 = 60,2; at x = 5 (end of 2025): 60,2 + 26 = 86,2.
        var projection = TrendProjection.Project(OnlineRate, Series, new DatedValue(End2025, 90m));

        projection.SlopePerYear.Should().Be(5.2m);
        projection.ProjectedValue.Should().Be(86.2m);
        projection.WillMeetTarget.Should().BeFalse();
        projection.ProjectedMargin.Should().Be(-3.8m);
        projection.Shortfall.Should().Be(3.8m);
        projection.ObservationsUsed.Should().Be(4);
    }

    [Fact]
    public void Least_squares_agrees_with_mathnet()
    {
        var (intercept, slope) = SimpleRegression.Fit([0d, 1d, 2d, 3d], [60d, 65d, 72d, 75d]);
        var projection = TrendProjection.Project(OnlineRate, Series, new DatedValue(End2025, 90m));

        ((double)projection.SlopePerYear).Should().BeApproximately(slope, 1e-12);
        ((double)projection.ProjectedValue).Should().BeApproximately(intercept + 5 * slope, 1e-12);
    }

    [Fact]
    public void A_target_within_reach_is_met_with_a_margin()
    {
        var projection = TrendProjection.Project(OnlineRate, Series, new DatedValue(End2025, 85m));

        projection.WillMeetTarget.Should().BeTrue();
        projection.ProjectedMargin.Should().Be(1.2m);
        projection.Shortfall.Should().Be(0m);
    }

    [Fact]
    public void Linear_recency_weights_favour_the_latest_years()
    {
        // w = 1, 2, 3, 4; Σw = 10; x̄ = (0 + 2 + 6 + 12) / 10 = 2; ȳ = (60 + 130 + 216 + 300) / 10 = 70,6.
        // Sxx = 1·4 + 2·1 + 0 + 4·1 = 10; Sxy = 1(−2)(−10,6) + 2(−1)(−5,6) + 0 + 4(1)(4,4) = 21,2 + 11,2 + 17,6 = 50.
        // b = 5; a = 70,6 − 5 × 2 = 60,6; at x = 5: 85,6.
        var projection = TrendProjection.Project(OnlineRate, Series, new DatedValue(End2025, 85m), TrendMethod.LinearRecencyWeights);

        projection.SlopePerYear.Should().Be(5m);
        projection.ProjectedValue.Should().Be(85.6m);

        var weighted = WeightedRegression.Weighted([[0d], [1d], [2d], [3d]], [60d, 65d, 72d, 75d], [1d, 2d, 3d, 4d], intercept: true);
        ((double)projection.ProjectedValue).Should().BeApproximately(weighted[0] + 5 * weighted[1], 1e-9);
    }

    [Fact]
    public void Geometric_recency_weights_favour_the_latest_years_more()
    {
        // Ratio 2: w ∝ 1, 2, 4, 8; Σw = 15; Σwx = 34; Σwy = 1078; Σwx² = 90; Σwxy = 2506.
        // Sxx = 90 − 34²/15 = 194/15; Sxy = 2506 − 34 × 1078 / 15 = 938/15; b = 938/194 = 4,8350515463917525773…;
        // a = (1078 × 194 − 938 × 34) / (15 × 194) = 177240 / 2910 = 60,907216494845360824…; at x = 5: 85,082474226804123711….
        var projection = TrendProjection.Project(OnlineRate, Series, new DatedValue(End2025, 85m), TrendMethod.GeometricRecencyWeights(2m));

        projection.SlopePerYear.Should().BeApproximately(4.835051546391752577319587629m, 1e-24m);
        projection.ProjectedValue.Should().BeApproximately(85.08247422680412371134020619m, 1e-24m);
        projection.WillMeetTarget.Should().BeTrue();
    }

    [Fact]
    public void Germanys_method_carries_the_mean_of_the_last_five_changes_forward()
    {
        // 2018–2023: 50, 54, 57, 62, 66, 71. Five changes: 4, 3, 5, 4, 5, mean 21/5 = 4,2 a year.
        // From 71 at the end of 2023, two years on: 71 + 8,4 = 79,4. With the last two changes only: (71 − 62)/2 = 4,5 → 80.
        var series = new[] { 50m, 54m, 57m, 62m, 66m, 71m }.Select((v, i) => new DatedValue(new LocalDate(2018 + i, 12, 31), v)).ToArray();

        var five = TrendProjection.Project(OnlineRate, series, new DatedValue(End2025, 80m), TrendMethod.MeanOfLastFiveChanges);
        five.SlopePerYear.Should().Be(4.2m);
        five.ProjectedValue.Should().Be(79.4m);
        five.Shortfall.Should().Be(0.6m);
        five.ObservationsUsed.Should().Be(6);

        var two = TrendProjection.Project(OnlineRate, series, new DatedValue(End2025, 80m), TrendMethod.MeanOfLastChanges(2));
        two.ProjectedValue.Should().Be(80m);
        two.WillMeetTarget.Should().BeTrue();
        two.ObservationsUsed.Should().Be(3);

        TrendProjection.Project(OnlineRate, series[..3], new DatedValue(End2025, 80m), TrendMethod.MeanOfLastFiveChanges)
            .ObservationsUsed.Should().Be(3);
    }

    [Fact]
    public void Lower_is_better_projects_a_fall_toward_the_target()
    {
        // 20, 18, 15, 14: x̄ = 1,5, ȳ = 16,75; Sxy = (−1,5)(3,25) + (−0,5)(1,25) + (0,5)(−1,75) + (1,5)(−2,75) = −10,5;
        // b = −10,5 / 5 = −2,1; a = 16,75 + 2,1 × 1,5 = 19,9; at x = 5: 9,4.
        var late = Series.Zip([20m, 18m, 15m, 14m], (o, v) => new DatedValue(o.Date, v)).ToArray();

        var meets = TrendProjection.Project(LateRate, late, new DatedValue(End2025, 10m));
        meets.ProjectedValue.Should().Be(9.4m);
        meets.WillMeetTarget.Should().BeTrue();
        meets.ProjectedMargin.Should().Be(0.6m);

        var misses = TrendProjection.Project(LateRate, late, new DatedValue(End2025, 8m));
        misses.WillMeetTarget.Should().BeFalse();
        misses.Shortfall.Should().Be(1.4m);
    }

    [Fact]
    public void The_projection_reads_in_both_languages()
    {
        var projection = TrendProjection.Project(OnlineRate, Series, new DatedValue(End2025, 90m));

        projection.Describe(Language.Vietnamese).Should().Be(
            "Theo xu hướng hiện tại (bình phương tối thiểu), dự kiến đạt 86,2% vào 31/12/2025: không đạt chỉ tiêu 90,0%, còn thiếu 3,8 điểm phần trăm");
        projection.Describe(Language.English).Should().Be(
            "At the current pace (least squares), projected 86.2% by 31 December 2025: short of the 90.0% target by 3.8 percentage points");
        TrendProjection.Project(OnlineRate, Series, new DatedValue(End2025, 85m)).Describe(Language.English).Should().Be(
            "At the current pace (least squares), projected 86.2% by 31 December 2025: meets the 85.0% target");
    }

    [Fact]
    public void Series_out_of_order_or_with_repeated_dates_are_refused()
    {
        var swapped = new[] { Series[0], Series[2], Series[1] };
        FluentActions.Invoking(() => TrendProjection.Project(OnlineRate, swapped, new DatedValue(End2025, 90m)))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "observations" && e.Message.Contains("2021-12-31") && e.Message.Contains("2022-12-31"));

        var repeated = new[] { Series[0], Series[1], Series[1] };
        FluentActions.Invoking(() => TrendProjection.Project(OnlineRate, repeated, new DatedValue(End2025, 90m)))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "observations" && e.Message.Contains("2021-12-31"));

        FluentActions.Invoking(() => TrendProjection.Project(OnlineRate, Series[..1], new DatedValue(End2025, 90m)))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "observations" && e.Message.Contains('1'));
    }

    [Fact]
    public void Other_bad_arguments_name_themselves_and_their_value()
    {
        FluentActions.Invoking(() => TrendProjection.Project(OnlineRate, Series, new DatedValue(new LocalDate(2023, 12, 31), 90m)))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "target" && e.Message.Contains("2023-12-31"));
        FluentActions.Invoking(() => TrendProjection.Project(Banded, Series, new DatedValue(End2025, 90m)))
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be("indicator");
        FluentActions.Invoking(() => TrendProjection.Project(OnlineRate, null!, new DatedValue(End2025, 90m)))
            .Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("observations");
        FluentActions.Invoking(() => TrendMethod.GeometricRecencyWeights(1m))
            .Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "ratio" && e.Message.Contains('1'));
        FluentActions.Invoking(() => TrendMethod.MeanOfLastChanges(0))
            .Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "count" && e.Message.Contains('0'));
    }
}
