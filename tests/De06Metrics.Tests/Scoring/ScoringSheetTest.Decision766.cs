using De06Metrics.Indicators;
using De06Metrics.Scoring;
using De06Metrics.Text;
using De06Metrics.Units;
using static De06Metrics.Tests.Scoring.Decision766Example;

namespace De06Metrics.Tests.Scoring;

public partial class ScoringSheetTest
{
    [Fact]
    public void The_six_groups_of_Decision_766_sum_to_100_points()
    {
        var sheet = Sheet();

        sheet.Groups.Select(g => (g.Code, g.MaximumPoints)).Should().Equal(
            ("CKMB", 18m), ("TDGQ", 20m), ("CLGQ", 12m), ("TTTT", 10m), ("MDSH", 22m), ("MDHL", 18m));
        sheet.MaximumPoints.Should().Be(100m);
    }

    [Fact]
    public void A_766_style_total_matches_the_hand_calculation_and_is_rated()
    {
        var score = Sheet().Score(Values(), new UnitId("HG"));

        score.Groups.Select(g => g.Points).Should().SatisfyRespectively(
            ckmb => ckmb.Should().Be(14m),
            tdgq => tdgq.Should().Be(17.148m),
            clgq => clgq.Should().Be(12m),
            tttt => tttt.Should().Be(10m),
            mdsh => mdsh.Should().Be(15.004m),
            mdhl => mdhl.Should().BeApproximately(17.564210526315789473684210526m, 1e-24m));
        score.Total.Should().BeApproximately(ExpectedTotal, 1e-24m);
        score.IsComplete.Should().BeTrue();
        score.Rating.Should().Be(Rating.Fair);
    }

    [Fact]
    public void Every_sub_indicator_keeps_its_input_and_the_rule_applied()
    {
        var clgq = Sheet().Score(Values()).Groups[2].Items[0];

        clgq.Score.Input.Should().Be(88.8m);
        clgq.Points.Should().Be(12m);
        clgq.Score.IsCapped.Should().BeTrue();
        clgq.Score.UncappedPoints.Should().BeApproximately(88.8m * 12m / 70m, 1e-24m);
        clgq.Describe(Language.Vietnamese).Should().Be(
            "CLGQ.1 ((minh họa) Tỷ lệ hồ sơ trực tuyến): 88,8% đạt ngưỡng 70,0% → đủ 12 điểm (tuyến tính có giới hạn: đạt ngưỡng là đủ điểm; chưa giới hạn 15,22)");
        clgq.Describe(Language.English).Should().Be(
            "CLGQ.1 ((illustrative) Online dossiers): 88.8% reaches the threshold 70.0% → full 12 points (capped linear: full points once the threshold is reached; uncapped 15.22)");
    }

    [Fact]
    public void The_total_says_itself_with_its_rating_and_where_the_cut_offs_come_from()
    {
        var score = Sheet().Score(Values(), new UnitId("HG"));

        score.Describe(Language.Vietnamese).Should().Be(
            "HG: Chỉ số 766 (minh họa) 85,72/100 điểm — xếp loại Khá (Tốt từ 90, Khá từ 75, Trung bình từ 50, Yếu dưới 50; ví dụ minh họa, không phải ngưỡng chính thức).");
        score.Describe(Language.English).Should().Be(
            "HG: 766 index (illustrative) 85.72 of 100 points — rated Fair (Good from 90, Fair from 75, Average from 50, Poor below 50; illustrative example, not official cut-offs).");
    }

    [Fact]
    public void The_explanation_lists_groups_and_sub_indicators()
    {
        var lines = Sheet().Score(Values()).Explain(Language.English).Split('\n');

        lines.Should().HaveCount(1 + 6 + 9);
        lines[1].Should().Be("  CKMB (Publicity and transparency): 14 of 18 points");
        lines[3].Should().Be("    - CKMB.2 ((illustrative) Dossiers with status updates): 90.0% ≥ 80.0% → 4 of 8 points (bands)");
        lines[6].Should().Be("    - TDGQ.2 ((illustrative) Late dossiers): 8.0% exceeds the threshold 5.0% → 6 × 5 / 8 = 3.75 of 6 points");
    }

    [Fact]
    public void A_sheet_scores_every_unit_of_a_table()
    {
        var builder = new De06Metrics.Composite.IndicatorTableBuilder();
        foreach (var (code, value) in Values())
        {
            builder.Set(new UnitId("HG"), code, value);
        }

        builder.Set(new UnitId("TQ"), new IndicatorCode("CKMB.1"), 100m);
        var scores = Sheet().ScoreAll(builder.ToTable());

        scores.Select(s => s.Unit).Should().Equal(new UnitId("HG"), new UnitId("TQ"));
        scores[0].Total.Should().BeApproximately(ExpectedTotal, 1e-24m);
        scores[1].Total.Should().Be(10m);
        scores[1].IsComplete.Should().BeFalse();
    }

    [Fact]
    public void A_unit_scored_from_a_table_explains_itself_as_when_scored_alone()
    {
        var builder = new De06Metrics.Composite.IndicatorTableBuilder();
        foreach (var (code, value) in Values())
        {
            builder.Set(new UnitId("HG"), code, value);
        }

        builder.Set(new UnitId("TQ"), new IndicatorCode("CKMB.1"), 100m);
        var scores = Sheet().ScoreAll(builder.ToTable());
        var alone = Sheet().Score(Values(), new UnitId("HG"));
        var partial = Sheet().Score(new Dictionary<IndicatorCode, decimal> { [new IndicatorCode("CKMB.1")] = 100m }, new UnitId("TQ"));

        scores[0].Explain(Language.Vietnamese).Should().Be(alone.Explain(Language.Vietnamese));
        scores[0].Rating.Should().Be(alone.Rating);
        scores[1].Explain(Language.English).Should().Be(partial.Explain(Language.English));
        (scores[1].Unscored, scores[1].UnscoredPoints, scores[1].ScoredZeroForMissing)
            .Should().Be((partial.Unscored, partial.UnscoredPoints, partial.ScoredZeroForMissing));
    }

    [Fact]
    public void Groups_read_from_several_threads_at_once_are_one_list()
    {
        var builder = new De06Metrics.Composite.IndicatorTableBuilder();
        foreach (var (code, value) in Values())
        {
            builder.Set(new UnitId("HG"), code, value);
        }

        var score = Sheet().ScoreAll(builder.ToTable())[0];
        var seen = new IReadOnlyList<GroupScore>[8];
        Parallel.For(0, seen.Length, i => seen[i] = score.Groups);

        seen.Should().AllSatisfy(groups => groups.Should().BeSameAs(seen[0]));
        seen[0].Sum(group => group.Points).Should().BeApproximately(ExpectedTotal, 1e-24m);
    }

    [Theory]
    [InlineData(90, Rating.Good)]
    [InlineData(89.99, Rating.Fair)]
    [InlineData(75, Rating.Fair)]
    [InlineData(74.99, Rating.Average)]
    [InlineData(50, Rating.Average)]
    [InlineData(49.99, Rating.Poor)]
    [InlineData(0, Rating.Poor)]
    public void A_cut_off_belongs_to_the_rating_it_starts(double total, Rating expected)
    {
        IllustrativeScale.Rate((decimal)total).Should().Be(expected);
    }

    [Fact]
    public void Ratings_have_their_Vietnamese_and_English_names()
    {
        Enum.GetValues<Rating>().Select(r => RatingScale.NameOf(r).Vietnamese).Should().Equal("Yếu", "Trung bình", "Khá", "Tốt");
        Enum.GetValues<Rating>().Select(r => RatingScale.NameOf(r).English).Should().Equal("Poor", "Average", "Fair", "Good");
    }

    [Fact]
    public void A_scale_without_a_source_says_the_user_set_it()
    {
        new RatingScale(90m, 75m, 50m).Describe(Language.Vietnamese).Should().Be(
            "Tốt từ 90, Khá từ 75, Trung bình từ 50, Yếu dưới 50; ngưỡng do người dùng đặt");
    }
}
