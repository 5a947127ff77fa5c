using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Ranking;
using MathNet.Numerics.Statistics;

namespace De06Metrics.Tests.Ranking;

/// <summary>MathNet.Numerics' <c>Statistics.Ranks</c> as a second, independent implementation (ascending, no NaN).</summary>
public class RanksTest_MathNet
{
    [Theory]
    [InlineData(TieMethod.Average, RankDefinition.Average)]
    [InlineData(TieMethod.Min, RankDefinition.Min)]
    [InlineData(TieMethod.Max, RankDefinition.Max)]
    public void Ascending_ranks_equal_MathNets(TieMethod ties, RankDefinition definition)
    {
        var random = new Random(7);
        foreach (var count in new[] { 10, 1_000, 10_000 })
        {
            var values = Enumerable.Range(0, count).Select(_ => (double)random.Next(count / 3)).ToArray();
            Ranks.Compute(values, new RankOptions(Polarity.LowerIsBetter, ties))
                .Should().Equal(values.Ranks(definition));
        }
    }

    [Fact]
    public void MathNet_ranks_NaN_as_the_smallest_value_where_pandas_keeps_it_unranked()
    {
        double[] values = [3, double.NaN, 1];
        values.Ranks(RankDefinition.Average).Should().Equal(3, 1, 2);
        Ranks.Compute(values, new RankOptions(Polarity.LowerIsBetter)).Should().Equal(2, double.NaN, 1);
    }
}
