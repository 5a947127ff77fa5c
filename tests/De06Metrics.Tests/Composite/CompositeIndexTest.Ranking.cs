using De06Metrics.Composite;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Ranking;
using De06Metrics.Text;
using De06Metrics.Units;
using static De06Metrics.Tests.Composite.CompositeExample;

namespace De06Metrics.Tests.Composite;

public partial class CompositeIndexTest
{
    [Fact]
    public void The_composite_is_ranked_higher_first_among_the_units_that_have_one()
    {
        // 87,5 > 66,67 > 50 > 8,33.
        var result = Index().Compute(Table());

        result.Scores.Select(s => s.Rank).Should().Equal(new FieldRank(1, 4), new FieldRank(2, 4), new FieldRank(3, 4), new FieldRank(4, 4));
        result.Ranking.InRankOrder.Select(p => p.Key).Should().Equal(U1, U2, U3, U4);
    }

    [Fact]
    public void A_unit_without_a_composite_is_unranked_and_the_field_shrinks()
    {
        var result = Index(coverage: MinimumCoverage.ShareOfIndicators(0.75m)).Compute(Table());

        result[U3].Rank.Should().BeNull();
        result.Ranking.Unranked.Should().Equal(U3);
        result.Ranking.FieldSize.Should().Be(3);
        result[U4].Rank.Should().Be(new FieldRank(3, 3));
        result[U4].Describe(Language.Vietnamese).Should().StartWith("U4: Chỉ số thử = 8,33, xếp thứ 3/3 (");
    }

    [Fact]
    public void Tied_composites_share_the_best_place_unless_another_tie_method_is_asked_for()
    {
        // ONLINE alone: 90 → 100, 70 → 50, 70 → 50, 50 → 0; the two 50s tie.
        var index = new CompositeIndex(Name, [new(Online, 1m)], Normalisation.MinMax(), AggregationMethod.WeightedArithmeticMean);
        var table = new IndicatorTableBuilder()
            .Set(U1, Online.Code, 90m).Set(U2, Online.Code, 70m).Set(U3, Online.Code, 70m).Set(U4, Online.Code, 50m)
            .ToTable();

        var result = index.Compute(table);

        result.Scores.Select(s => s.Rank!.Value.Position).Should().Equal(1, 2, 2, 4);
        result.Rank(TieMethod.Max).InRankOrder.Select(p => p.Value.Position).Should().Equal(1, 3, 3, 4);
        result.Rank(TieMethod.Dense).InRankOrder.Select(p => p.Value.Position).Should().Equal(1, 2, 2, 3);
        result.Rank(TieMethod.First).InRankOrder.Select(p => p.Value.Position).Should().Equal(1, 2, 3, 4);
        var average = () => result.Rank(TieMethod.Average);
        average.Should().Throw<ArgumentException>().WithParameterName("ties");
    }

    // Microsoft's PERCENTRANK.INC example data {13, 12, 11, 8, 4, 3, 2, 1, 1, 1}: INC(2) = 3/9, INC(4) = 5/9,
    // INC(8) = 6/9, INC(1) = 0, INC(13) = 9/9. As percentile ranks × 100, without Excel's truncation to 3 digits.
    private static readonly decimal[] ExcelData = [13m, 12m, 11m, 8m, 4m, 3m, 2m, 1m, 1m, 1m];

    private static IndicatorTable SingleColumn(Indicator indicator, decimal[] data)
    {
        var builder = new IndicatorTableBuilder();
        for (var i = 0; i < data.Length; i++)
        {
            builder.Set(new UnitId($"R{i}"), indicator.Code, data[i]);
        }

        return builder.ToTable();
    }

    [Fact]
    public void Percentile_ranks_are_PERCENTRANK_INC_times_100()
    {
        var index = new CompositeIndex(Name, [new(Online, 1m)], Normalisation.PercentileRank(), AggregationMethod.WeightedArithmeticMean);

        var values = index.Compute(SingleColumn(Online, ExcelData)).Scores.Select(s => s.Value!.Value).ToList();

        values[0].Should().Be(100m);
        values[3].Should().BeApproximately(600m / 9m, 1e-24m);
        values[4].Should().BeApproximately(500m / 9m, 1e-24m);
        values[6].Should().BeApproximately(300m / 9m, 1e-24m);
        values[7..].Should().Equal(0m, 0m, 0m);

        // The Ranking helper's PERCENTRANK.INC, at full significance, agrees on every value.
        for (var i = 0; i < ExcelData.Length; i++)
        {
            values[i].Should().BeApproximately(100m * PercentRank.Inclusive(ExcelData, ExcelData[i], 28), 1e-24m);
        }
    }

    [Fact]
    public void Lower_is_better_percentile_ranks_count_the_units_with_a_higher_value()
    {
        var index = new CompositeIndex(Name, [new(Late, 1m)], Normalisation.PercentileRank(), AggregationMethod.WeightedArithmeticMean);

        // 13 is the worst (0); 1 (three of them) has the 7 higher values below it: 7/9.
        var values = index.Compute(SingleColumn(Late, ExcelData)).Scores.Select(s => s.Value!.Value).ToList();

        values[0].Should().Be(0m);
        values[7].Should().BeApproximately(700m / 9m, 1e-24m);
        values[5].Should().BeApproximately(500m / 9m, 1e-24m);
    }

    [Fact]
    public void Percentile_ranks_of_equal_values_or_of_one_value_are_not_meaningful()
    {
        var index = new CompositeIndex(Name, [new(Online, 1m)], Normalisation.PercentileRank(), AggregationMethod.WeightedArithmeticMean);

        index.Compute(SingleColumn(Online, [5m, 5m, 5m])).Statistics[0].Reason!.Value.English
            .Should().Be("every unit has the same value 5.0%, so percentile ranks tell no unit apart");
        index.Compute(SingleColumn(Online, [5m])).Statistics[0].Reason!.Value.English
            .Should().Be("a percentile rank needs at least two values; there is one");
        index.Normalisation.Describe(Language.Vietnamese).Should().Be("hạng phần trăm trên thang 0–100 (PERCENTRANK.INC × 100)");
    }

    [Fact]
    public void Percentile_ranks_in_the_span_path_match_Excel_s_example()
    {
        var index = new CompositeIndex(Name, [new(Online, 1m)], Normalisation.PercentileRank(), AggregationMethod.WeightedArithmeticMean);
        double[] values = [13, 12, 11, 8, 4, 3, 2, 1, 1, 1, double.NaN];
        var composites = new double[values.Length];

        index.Compute(values, values.Length, composites);

        composites[..10].Should().Equal([100, 800.0 / 9, 700.0 / 9, 600.0 / 9, 500.0 / 9, 400.0 / 9, 300.0 / 9, 0, 0, 0], (a, b) => Math.Abs(a - b) < 1e-12);
        double.IsNaN(composites[10]).Should().BeTrue();
    }
}
