using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Ranking;
using De06Metrics.Text;

namespace De06Metrics.Tests.Ranking;

public class RankMovementsTest
{
    private static Dictionary<string, FieldRank> Field(params (string Key, int Position)[] units) =>
        units.ToDictionary(unit => unit.Key, unit => new FieldRank(unit.Position, units.Length));

    [Fact]
    public void Units_entering_and_leaving_are_reported_not_dropped()
    {
        var before = Field(("A", 1), ("B", 2), ("C", 3), ("D", 4), ("E", 5));
        var now = Field(("B", 1), ("A", 2), ("F", 3), ("C", 4), ("D", 5));

        var movements = RankMovements.Between(before, now);

        movements.Select(m => m.Key).Should().Equal("B", "A", "F", "C", "D", "E");
        movements.Select(m => m.Kind).Should().Equal(
            RankMovementKind.InBoth, RankMovementKind.InBoth, RankMovementKind.Entered,
            RankMovementKind.InBoth, RankMovementKind.InBoth, RankMovementKind.Left);
        movements.InBoth.Select(m => m.Change!.Value.PlacesGained).Should().Equal(1, -1, -1, -1);
        movements.Entered.Should().ContainSingle().Which.Key.Should().Be("F");
        movements.Left.Should().ContainSingle().Which.Key.Should().Be("E");

        movements.TryGet("F", out var entered).Should().BeTrue();
        entered!.Previous.Should().BeNull();
        entered.Change.Should().BeNull();
        entered.Describe(Language.Vietnamese).Should().Be("mới vào bảng xếp hạng, xếp thứ 3/5");
        entered.Describe(Language.English).Should().Be("entered the ranking at 3/5");

        movements.TryGet("E", out var left).Should().BeTrue();
        left!.Current.Should().BeNull();
        left.Describe(Language.Vietnamese).Should().Be("không còn trong bảng xếp hạng (trước xếp thứ 5/5)");
        left.Describe(Language.English).Should().Be("left the ranking (was 5/5)");

        movements[0].Describe(Language.Vietnamese).Should().Be("tăng 1 bậc, từ 2/5 lên 1/5");
        movements.TryGet("Z", out _).Should().BeFalse();
        movements.Count.Should().Be(6);
    }

    [Fact]
    public void A_unit_whose_field_changed_size_is_flagged_not_comparable()
    {
        var before = new Dictionary<string, FieldRank> { ["HG"] = new(40, 63) };
        var now = new Dictionary<string, FieldRank> { ["HG"] = new(11, 34) };

        var movement = RankMovements.Between(before, now).Should().ContainSingle().Subject;
        movement.Change!.Value.Direction.Should().Be(RankDirection.NotComparable);
        movement.Describe(Language.English).Should().StartWith("not comparable");
    }

    [Fact]
    public void A_duplicate_id_is_refused_naming_the_ranking_and_the_id()
    {
        var before = new[] { KeyValuePair.Create("A", new FieldRank(1, 2)), KeyValuePair.Create("A", new FieldRank(2, 2)) };
        var act = () => RankMovements.Between(before, []);
        act.Should().Throw<ArgumentException>().WithParameterName("previous").WithMessage("*'A'*");
    }

    [Fact]
    public void Ids_compare_with_the_given_comparer()
    {
        var before = new Dictionary<string, FieldRank> { ["hg"] = new(40, 63) };
        var now = new Dictionary<string, FieldRank> { ["HG"] = new(11, 63) };
        RankMovements.Between(before, now, StringComparer.OrdinalIgnoreCase).Should().ContainSingle()
            .Which.Change!.Value.PlacesGained.Should().Be(29);
        RankMovements.Between(before, now).Count.Should().Be(2);
    }

    [Fact]
    public void Scores_rank_by_unit_with_missing_scores_listed_as_unranked()
    {
        // Descending "1224": C 95 → 1; A and D 90 → 2, 2; B has no score. The field is the 3 ranked units.
        var scores = new Dictionary<string, decimal?> { ["A"] = 90m, ["B"] = null, ["C"] = 95m, ["D"] = 90m };
        var ranking = Ranks.ByUnit(scores, Polarity.HigherIsBetter);

        ranking.FieldSize.Should().Be(3);
        ranking.InRankOrder.Select(unit => (unit.Key, unit.Value.ToString())).Should().Equal(("C", "1/3"), ("A", "2/3"), ("D", "2/3"));
        ranking.Unranked.Should().Equal("B");
        ranking["A"].Should().Be(new FieldRank(2, 3));
        ranking.TryGetRank("B", out _).Should().BeFalse();
        var unranked = () => ranking["B"];
        unranked.Should().Throw<KeyNotFoundException>().WithMessage("*'B'*missing*");
    }

    [Fact]
    public void Two_rankings_by_unit_compare_with_a_unit_that_gained_a_score_entering()
    {
        var lastYear = Ranks.ByUnit(new Dictionary<string, decimal?> { ["A"] = 90m, ["B"] = null, ["C"] = 95m }, Polarity.HigherIsBetter);
        var thisYear = Ranks.ByUnit(new Dictionary<string, decimal?> { ["A"] = 97m, ["B"] = 80m, ["C"] = 95m }, Polarity.HigherIsBetter);

        var movements = RankMovements.Between(lastYear, thisYear);

        // Last year's field has 2 units, this year's 3: A 2/2 → 1/3 is not comparable; B entered at 3/3.
        movements.Select(m => (m.Key, m.Kind)).Should().Equal(
            ("A", RankMovementKind.InBoth), ("C", RankMovementKind.InBoth), ("B", RankMovementKind.Entered));
        movements[0].Change!.Value.IsComparable.Should().BeFalse();
    }

    [Fact]
    public void Missing_scores_can_be_ranked_last_as_pandas_bottom()
    {
        var scores = new Dictionary<string, decimal?> { ["A"] = 90m, ["B"] = null, ["C"] = 95m };
        var ranking = Ranks.ByUnit(scores, new RankOptions(Polarity.HigherIsBetter, TieMethod.Min, MissingPlacement.Bottom));
        ranking["B"].Should().Be(new FieldRank(3, 3));
        ranking.Unranked.Should().BeEmpty();
    }

    [Fact]
    public void Fractional_ranks_and_duplicate_ids_are_refused()
    {
        var scores = new Dictionary<string, decimal?> { ["A"] = 1m };
        var average = () => Ranks.ByUnit(scores, new RankOptions(Polarity.HigherIsBetter));
        average.Should().Throw<ArgumentException>().WithParameterName("options").WithMessage("*whole*");
        var pct = () => Ranks.ByUnit(scores, new RankOptions(Polarity.HigherIsBetter, TieMethod.Min, asFraction: true));
        pct.Should().Throw<ArgumentException>().WithParameterName("options");

        var duplicates = new[] { KeyValuePair.Create("A", (decimal?)1m), KeyValuePair.Create("A", (decimal?)2m) };
        var act = () => Ranks.ByUnit(duplicates, Polarity.HigherIsBetter);
        act.Should().Throw<ArgumentException>().WithParameterName("scores").WithMessage("*'A'*");
    }
}
