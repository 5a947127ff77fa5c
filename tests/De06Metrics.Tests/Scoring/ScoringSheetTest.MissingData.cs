using De06Metrics.Indicators;
using De06Metrics.Scoring;
using De06Metrics.Text;
using static De06Metrics.Tests.Scoring.Decision766Example;

namespace De06Metrics.Tests.Scoring;

public partial class ScoringSheetTest
{
    private static Dictionary<IndicatorCode, decimal> WithoutPayment()
    {
        var values = Values();
        values.Remove(new IndicatorCode("TTTT.1"));
        return values;
    }

    [Fact]
    public void A_missing_sub_indicator_leaves_the_total_incomplete_and_unrated()
    {
        var score = Sheet().Score(WithoutPayment());

        // 85,716… without TTTT's 10 points: 75,716…, which would be Fair, but TTTT could have added up to 10.
        score.Total.Should().BeApproximately(ExpectedTotal - 10m, 1e-24m);
        score.IsComplete.Should().BeFalse();
        score.Unscored.Should().Be(1);
        score.UnscoredPoints.Should().Be(10m);
        score.Rating.Should().BeNull();
        score.Groups[3].Points.Should().Be(0m);
        score.Groups[3].IsComplete.Should().BeFalse();
        score.Groups[3].Items[0].Points.Should().BeNull();
        score.Describe(Language.English).Should().Be(
            "766 index (illustrative) incomplete: 75.72 of 100 points from the sub-indicators scored; 1 not scored (worth up to 10 points); not rated.");
        score.Describe(Language.Vietnamese).Should().Be(
            "Chỉ số 766 (minh họa) chưa đủ: 75,72/100 điểm từ các chỉ tiêu đã chấm; 1 chỉ tiêu chưa chấm (tối đa 10 điểm); không xếp loại.");
        score.Groups[3].Describe(Language.Vietnamese).Should().Be(
            "TTTT (Thanh toán trực tuyến): 0/10 điểm, chưa đủ: 1 chỉ tiêu chưa chấm (tối đa 10 điểm)");
    }

    [Fact]
    public void Missing_scores_zero_only_when_the_sheet_says_so_and_the_result_says_it()
    {
        var score = Sheet(MissingDataPolicy.ScoresZero).Score(WithoutPayment());

        score.IsComplete.Should().BeTrue();
        score.ScoredZeroForMissing.Should().Be(1);
        score.Total.Should().BeApproximately(ExpectedTotal - 10m, 1e-24m);
        score.Rating.Should().Be(Rating.Fair);
        score.Groups[3].Items[0].Status.Should().Be(ScoreStatus.MissingScoredZero);
        score.Describe(Language.English).Should().Be(
            "766 index (illustrative) 75.72 of 100 points (including 1 sub-indicator(s) without data scored 0 under the option 'missing data scores zero') — rated Fair (Good from 90, Fair from 75, Average from 50, Poor below 50; illustrative example, not official cut-offs).");
    }

    [Fact]
    public void A_value_the_rule_cannot_score_also_leaves_the_total_incomplete()
    {
        var values = Values();
        values[new IndicatorCode("MDSH.2")] = 12m;

        var score = Sheet(MissingDataPolicy.ScoresZero).Score(values);

        score.Groups[4].Items[1].Status.Should().Be(ScoreStatus.NotMeaningful);
        score.IsComplete.Should().BeFalse();
        score.Rating.Should().BeNull();
    }

    [Fact]
    public void A_sheet_without_a_scale_gives_totals_without_ratings()
    {
        var sheet = new ScoringSheet(new LocalizedText("Không xếp loại", "Unrated"), Groups());

        var score = sheet.Score(Values());

        score.Rating.Should().BeNull();
        score.Describe(Language.English).Should().Be("Unrated 85.72 of 100 points — no rating scale.");
    }
}
