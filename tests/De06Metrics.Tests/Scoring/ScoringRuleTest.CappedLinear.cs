using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Scoring;
using De06Metrics.Text;

namespace De06Metrics.Tests.Scoring;

public partial class ScoringRuleTest
{
    // Capped linear, threshold 80, 2 points: full points from 80, below it value × 2 / 80.
    //   value | by hand                 | points | uncapped
    //   88,8  | ≥ 80 → full             | 2      | 88,8·2/80 = 2,22
    //   80    | = 80 → full             | 2      | 2
    //   60    | 60·2/80                 | 1,5    | 1,5
    //   30    | 30·2/80                 | 0,75   | 0,75
    //   0     | 0·2/80                  | 0      | 0
    [Theory]
    [InlineData(88.8, 2, 2.22, true)]
    [InlineData(80, 2, 2, false)]
    [InlineData(60, 1.5, 1.5, false)]
    [InlineData(30, 0.75, 0.75, false)]
    [InlineData(0, 0, 0, false)]
    public void Capped_linear_matches_the_hand_table(double value, double points, double uncapped, bool capped)
    {
        var score = ScoringRule.CappedLinear(80m, 2m).Score((decimal)value);

        score.Status.Should().Be(ScoreStatus.Scored);
        score.Points.Should().Be((decimal)points);
        score.UncappedPoints.Should().Be((decimal)uncapped);
        score.IsCapped.Should().Be(capped);
        score.Input.Should().Be((decimal)value);
    }

    // Lower is better, threshold 5 (a late rate in %), 4 points: full points up to 5, above it 4 × 5 / value.
    //   4 → 4 (capped; 4·5/4 = 5 uncapped), 5 → 4, 10 → 4·5/10 = 2, 20 → 1, 0 → 4 (uncapped undefined)
    [Theory]
    [InlineData(4, 4, true)]
    [InlineData(5, 4, false)]
    [InlineData(10, 2, false)]
    [InlineData(20, 1, false)]
    [InlineData(0, 4, true)]
    public void Lower_is_better_capped_linear_divides_the_threshold_by_the_value(double value, double points, bool capped)
    {
        var score = ScoringRule.CappedLinear(5m, 4m, Polarity.LowerIsBetter).Score((decimal)value);

        score.Points.Should().Be((decimal)points);
        score.IsCapped.Should().Be(capped);
    }

    [Fact]
    public void Capped_linear_says_its_step_and_names_its_cap()
    {
        var rule = ScoringRule.CappedLinear(80m, 2m);

        rule.Score(88.8m).Describe(Language.English).Should().Be(
            "88.8 reaches the threshold 80 → full 2 points (capped linear: full points once the threshold is reached; uncapped 2.22)");
        rule.Score(88.8m).Describe(Language.Vietnamese).Should().Be(
            "88,8 đạt ngưỡng 80 → đủ 2 điểm (tuyến tính có giới hạn: đạt ngưỡng là đủ điểm; chưa giới hạn 2,22)");
        rule.Score(60m).Describe(Language.Vietnamese).Should().Be("60 dưới ngưỡng 80 → 60 × 2 / 80 = 1,5 trên 2 điểm");
        rule.Score(60m).Describe(Language.English).Should().Be("60 is below the threshold 80 → 60 × 2 / 80 = 1.5 of 2 points");
        rule.Describe(Language.English).Should().Be("capped linear: full 2 points from 80, below it value × 2 / 80");
        ScoringRule.CappedLinear(5m, 4m, Polarity.LowerIsBetter).Score(10m).Describe(Language.English).Should().Be(
            "10 exceeds the threshold 5 → 4 × 5 / 10 = 2 of 4 points");
    }

    [Fact]
    public void A_negative_value_cannot_be_scored_linearly()
    {
        var score = ScoringRule.CappedLinear(80m, 2m).Score(-1m);

        score.Status.Should().Be(ScoreStatus.NotMeaningful);
        score.Points.Should().BeNull();
        score.Describe(Language.English).Should().Be("-1 cannot be scored: a negative value has no points under a linear rule");
    }

    [Fact]
    public void Missing_data_stays_missing_unless_zero_is_asked_for()
    {
        var rule = ScoringRule.CappedLinear(80m, 2m);

        var missing = rule.Score(null);
        missing.Status.Should().Be(ScoreStatus.Missing);
        missing.Points.Should().BeNull();
        missing.Describe(Language.English).Should().Be("no data → not scored (missing data is not zero)");

        var zero = rule.Score(null, MissingDataPolicy.ScoresZero);
        zero.Status.Should().Be(ScoreStatus.MissingScoredZero);
        zero.Points.Should().Be(0m);
        zero.Describe(Language.Vietnamese).Should().Be("không có số liệu → 0 trên 2 điểm (theo tùy chọn: thiếu số liệu tính 0 điểm)");
    }
}
