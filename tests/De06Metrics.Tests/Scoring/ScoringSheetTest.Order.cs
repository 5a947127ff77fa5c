using De06Metrics.Composite;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Scoring;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Tests.Scoring;

public partial class ScoringSheetTest
{
    /// <summary>
    /// Defect found by the reliability properties: points such as 100/3 × 2 / 100 = 0,666…7 have 28 digits, so a
    /// total summed in the groups' order rounded differently in another order. Three groups of 8, 2/3 and 2/3 points
    /// total 8 + 4/3 = 9,33…; summed 8 first the last digit came out 4, summed the thirds first 3. Sums are now taken
    /// in ascending order, so every order gives 9,333333333333333333333333333 (the exact 9,3333…334 rounded once).
    /// </summary>
    [Fact]
    public void The_total_does_not_depend_on_the_order_of_the_groups_when_points_round()
    {
        ScoringGroup Group(string code, decimal points, decimal threshold) => new(
            code, new LocalizedText(code), points,
            [new ScoredIndicator(new Indicator(new IndicatorCode(code + ".1"), new LocalizedText(code), Measure.Rate, Polarity.HigherIsBetter), ScoringRule.CappedLinear(threshold, points))]);
        ScoringGroup[] groups = [Group("FULL", 8m, 10m), Group("A", 2m, 100m), Group("B", 2m, 100m)];
        var values = new Dictionary<IndicatorCode, decimal>
        {
            [new IndicatorCode("FULL.1")] = 10m,
            [new IndicatorCode("A.1")] = 100m / 3m,
            [new IndicatorCode("B.1")] = 100m / 3m,
        };

        var forward = new ScoringSheet(new LocalizedText("x"), groups).Score(values).Total;
        var backward = new ScoringSheet(new LocalizedText("x"), groups.Reverse()).Score(values).Total;

        forward.Should().Be(backward);
        forward.Should().Be(9.333333333333333333333333333m);
    }

    /// <summary>
    /// The same three groups scored for many units at once: the thirds round, so the total is summed in ascending order
    /// (9,333333333333333333333333333 either way round); a unit whose points have few decimals (8 + 1 + 1,5 = 10,5,
    /// exact in any order) gets the same total by the shorter path that skips the sort.
    /// </summary>
    [Fact]
    public void A_whole_table_totals_the_same_in_either_order_of_the_groups()
    {
        ScoringGroup Group(string code, decimal points, decimal threshold) => new(
            code, new LocalizedText(code), points,
            [new ScoredIndicator(new Indicator(new IndicatorCode(code + ".1"), new LocalizedText(code), Measure.Rate, Polarity.HigherIsBetter), ScoringRule.CappedLinear(threshold, points))]);
        ScoringGroup[] groups = [Group("FULL", 8m, 10m), Group("A", 2m, 100m), Group("B", 2m, 100m)];
        var table = IndicatorTable.FromRows(new Dictionary<UnitId, IReadOnlyDictionary<IndicatorCode, decimal>>
        {
            [new UnitId("THIRDS")] = new Dictionary<IndicatorCode, decimal>
            {
                [new IndicatorCode("FULL.1")] = 10m,
                [new IndicatorCode("A.1")] = 100m / 3m,
                [new IndicatorCode("B.1")] = 100m / 3m,
            },
            [new UnitId("HALVES")] = new Dictionary<IndicatorCode, decimal>
            {
                [new IndicatorCode("FULL.1")] = 12m,
                [new IndicatorCode("A.1")] = 50m,
                [new IndicatorCode("B.1")] = 75m,
            },
        });

        var forward = new ScoringSheet(new LocalizedText("x"), groups).ScoreAll(table).Select(s => s.Total).ToArray();
        var backward = new ScoringSheet(new LocalizedText("x"), groups.Reverse()).ScoreAll(table).Select(s => s.Total).ToArray();

        forward.Should().Equal(backward);
        forward.Should().Equal(9.333333333333333333333333333m, 10.5m);
    }
}
