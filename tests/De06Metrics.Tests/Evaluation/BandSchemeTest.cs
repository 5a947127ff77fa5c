using De06Metrics;
using De06Metrics.Evaluation;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Text;

namespace De06Metrics.Tests.Evaluation;

public class BandSchemeTest
{
    [Theory]
    [InlineData(1.2686, BandColour.Green)]
    [InlineData(1.0, BandColour.Green)]     // ≥ 100% green
    [InlineData(0.9999, BandColour.Amber)]
    [InlineData(0.9, BandColour.Amber)]     // ≥ 90% amber
    [InlineData(0.8999, BandColour.Red)]
    [InlineData(0.0, BandColour.Red)]
    public void Traffic_lights_band_attainment(double attainment, BandColour colour) =>
        BandScheme.TrafficLight.Classify((decimal)attainment).Colour.Should().Be(colour);

    [Theory]
    [InlineData(1.2, BandColour.Green, true)]    // above the 0–1 scale: still green, flagged
    [InlineData(1.0, BandColour.Green, false)]
    [InlineData(0.7, BandColour.Green, false)]   // [0,7; 1] green
    [InlineData(0.69, BandColour.Yellow, false)] // [0,4; 0,7) yellow, so 0,65 is yellow too
    [InlineData(0.4, BandColour.Yellow, false)]
    [InlineData(0.39, BandColour.Red, false)]    // [0; 0,4) red
    [InlineData(0.0, BandColour.Red, false)]
    [InlineData(-0.1, BandColour.Red, true)]
    public void Okr_grades_have_no_gaps_between_their_colours(double grade, BandColour colour, bool outside)
    {
        BandScheme.Okr.Classify((decimal)grade).Colour.Should().Be(colour);
        BandScheme.Okr.IsOutsideScale((decimal)grade).Should().Be(outside);
    }

    [Fact]
    public void An_evaluation_is_banded_by_its_attainment()
    {
        var options = new EvaluationOptions(bands: BandScheme.TrafficLight);
        var models = TargetEvaluation.Evaluate(Indicators.ModelsDeployed, Goal.AtLeast(33m), MeasuredValue.FromCountOfTotal(17m, 33m), options);

        models.Band!.Band.Colour.Should().Be(BandColour.Red);
        models.Band.Score.Should().Be(17m / 33m);
        models.Band.ChosenBy.Should().Be(BandChoice.Score);
        models.Band.Band.StatusScore.Should().Be(-1m);
        models.Band.Describe(Language.Vietnamese).Should().Be("Đỏ (tỷ lệ hoàn thành 51,5%)");
        models.Band.Describe(Language.English).Should().Be("Red (attainment 51.5%)");
    }

    [Fact]
    public void No_data_takes_the_separate_no_data_band()
    {
        var result = TargetEvaluation.Evaluate(Indicators.OnlineDossierRate, Goal.AtLeast(70m), null, new EvaluationOptions(bands: BandScheme.TrafficLight));
        result.Band!.Band.Should().BeSameAs(BandScheme.TrafficLight.NoData);
        result.Band.Band.Colour.Should().Be(BandColour.Grey);
        result.Band.ChosenBy.Should().Be(BandChoice.NoData);
        result.Band.Describe(Language.Vietnamese).Should().Be("Không có số liệu");
    }

    [Fact]
    public void When_the_score_is_not_meaningful_the_status_chooses_the_band_and_says_why()
    {
        var options = new EvaluationOptions(bands: BandScheme.TrafficLight);
        var zeroTarget = TargetEvaluation.Evaluate(Indicators.ModelsDeployed, Goal.AtLeast(0m), MeasuredValue.Of(3m), options);
        zeroTarget.Band!.Band.Colour.Should().Be(BandColour.Green);
        zeroTarget.Band.ChosenBy.Should().Be(BandChoice.Status);
        zeroTarget.Band.ScoreReason.Should().Be(NotMeaningfulReason.ZeroTarget);
        zeroTarget.Band.Describe(Language.English).Should().Be("Green (by status; the target is zero)");

        var outside = TargetEvaluation.Evaluate(Indicators.BandedRate, Goal.Between(90m, 98m), MeasuredValue.Of(88m), options);
        outside.Band!.Band.Colour.Should().Be(BandColour.Red);
        outside.Band.ScoreReason.Should().Be(NotMeaningfulReason.NotDefinedForTargetKind);
    }

    [Theory]
    [InlineData(88.8, BandColour.Green)]  // (88,8 − 70) / 70 = +0,269: good
    [InlineData(70.0, BandColour.Green)]  // on target: 0, good
    [InlineData(65.0, BandColour.Yellow)] // −5 / 70 = −0,071: neutral
    [InlineData(63.0, BandColour.Yellow)] // −7 / 70 = −0,1: neutral, bound included
    [InlineData(60.0, BandColour.Red)]    // −10 / 70 = −0,143: bad
    public void Microsoft_status_scores_the_margin_relative_to_the_target(double actual, BandColour colour)
    {
        var result = TargetEvaluation.Evaluate(Indicators.OnlineDossierRate, Goal.AtLeast(70m), MeasuredValue.Of((decimal)actual), new EvaluationOptions(bands: BandScheme.MicrosoftKpi));
        result.Band!.Band.Colour.Should().Be(colour);
        result.Band.Score.Should().Be(((decimal)actual - 70m) / 70m);
    }

    [Fact]
    public void Microsoft_status_is_polarity_aware()
    {
        // Late dossiers 3% against at most 5%: (5 − 3) / 5 = +0,4, good.
        var result = TargetEvaluation.Evaluate(Indicators.LateDossierRate, Goal.AtMost(5m), MeasuredValue.Of(3m), new EvaluationOptions(bands: BandScheme.MicrosoftKpi));
        result.Band!.Score.Should().Be(0.4m);
        result.Band.Band.StatusScore.Should().Be(1m);
        result.Band.Describe(Language.English).Should().Be("Good (status score 0.40)");
    }

    [Fact]
    public void An_okr_grade_is_the_progress_from_the_baseline_when_there_is_one()
    {
        // From 50% toward 70%, 62% is (62 − 50) / (70 − 50) = 0,6 of the way: yellow.
        var options = new EvaluationOptions(bands: BandScheme.Okr);
        var withBaseline = TargetEvaluation.Evaluate(Indicators.OnlineDossierRate, Goal.AtLeast(70m), MeasuredValue.Of(62m), options, baseline: 50m);
        withBaseline.Band!.Score.Should().Be(0.6m);
        withBaseline.Band.Band.Colour.Should().Be(BandColour.Yellow);

        // Without one, the grade is the attainment: 88,8 / 70 = 1,27, green and outside the 0–1 scale.
        var without = TargetEvaluation.Evaluate(Indicators.OnlineDossierRate, Goal.AtLeast(70m), MeasuredValue.Of(88.8m), options);
        without.Band!.Band.Colour.Should().Be(BandColour.Green);
        without.Band.IsOutsideScale.Should().BeTrue();
        without.Band.Describe(Language.Vietnamese).Should().Be("Xanh (điểm OKR 1,27, ngoài thang đo)");
    }

    [Fact]
    public void Users_define_their_own_scheme_as_a_value()
    {
        var scheme = new BandScheme(
            new LocalizedText("Xếp loại", "Rating"),
            ScoreBasis.Attainment,
            [
                Band("Yếu", "Poor", BandColour.Red, null, 0.5m),
                Band("Trung bình", "Fair", BandColour.Yellow, 0.5m, 0.8m),
                Band("Khá", "Good", BandColour.Blue, 0.8m, 1m),
                Band("Tốt", "Very good", BandColour.Green, 1m, null),
            ],
            Band("Chưa có số liệu", "No data", BandColour.Grey, null, null));

        scheme.Classify(0.85m).Name.Vietnamese.Should().Be("Khá");
        scheme.Classify(0.5m).Name.English.Should().Be("Fair");
        scheme.Bands.Should().HaveCount(4);
    }

    public static TheoryData<string, decimal?, decimal?, decimal?, decimal?, string> BadSchemes => new()
    {
        { "overlap", null, 0.6m, 0.5m, null, "overlap" },
        { "gap", null, 0.4m, 0.5m, null, "gap" },
        { "order", null, 0.6m, null, null, "ascending order" },
        { "bounded below", 0m, 0.5m, 0.5m, null, "unbounded below" },
        { "bounded above", null, 0.5m, 0.5m, 1m, "unbounded above" },
    };

    [Theory]
    [MemberData(nameof(BadSchemes))]
    public void Schemes_with_overlaps_gaps_or_disorder_are_refused(string why, decimal? low1, decimal? high1, decimal? low2, decimal? high2, string message)
    {
        var act = () => new BandScheme(
            new LocalizedText("Sai", why),
            ScoreBasis.Attainment,
            [Band("Đỏ", "Red", BandColour.Red, low1, high1), Band("Xanh", "Green", BandColour.Green, low2, high2)],
            Band("Không", "None", BandColour.Grey, null, null));
        act.Should().Throw<ArgumentException>().WithParameterName("bands").WithMessage($"*{message}*");
    }

    [Fact]
    public void A_band_must_be_well_formed()
    {
        var inverted = () => Band("Đỏ", "Red", BandColour.Red, 0.9m, 0.5m);
        inverted.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("upperBound").WithMessage("*0.5*0.9*");
        var score = () => new Band(new LocalizedText("Đỏ"), BandColour.Red, null, null, statusScore: 2m);
        score.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("statusScore").WithMessage("*2*");
        var noData = () => new BandScheme(new LocalizedText("X"), ScoreBasis.Grade, [Band("A", "A", BandColour.Green, null, null)], Band("B", "B", BandColour.Grey, 0m, null));
        noData.Should().Throw<ArgumentException>().WithParameterName("noData");
    }

    private static Band Band(string vi, string en, BandColour colour, decimal? low, decimal? high) =>
        new(new LocalizedText(vi, en), colour, low, high);
}
