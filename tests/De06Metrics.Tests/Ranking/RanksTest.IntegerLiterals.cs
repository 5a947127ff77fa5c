using De06Metrics.Measures;
using De06Metrics.Ranking;

namespace De06Metrics.Tests.Ranking;

public class RanksTest_IntegerLiterals
{
    [Fact]
    public void The_documented_call_with_whole_number_literals_compiles_and_ranks_as_doubles()
    {
        // Exactly the call in docs/ranking.md.
        double[] ranks = Ranks.Compute([90, 85, 85, 70], new RankOptions(Polarity.HigherIsBetter, TieMethod.Min));
        ranks.Should().Equal(1, 2, 2, 4);
    }

    [Fact]
    public void Decimal_and_missing_literals_still_choose_the_decimal_overloads()
    {
        Ranks.Compute([90m, 85m, 85m, 70m], new RankOptions(Polarity.HigherIsBetter, TieMethod.Min)).Should().Equal(1m, 2m, 2m, 4m);
        Ranks.Compute([90, null, 70], new RankOptions(Polarity.HigherIsBetter)).Should().Equal(1m, null, 2m);
    }
}
