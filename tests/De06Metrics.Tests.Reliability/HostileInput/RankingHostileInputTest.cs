using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Ranking;
using De06Metrics.Tests.Reliability.Support;

namespace De06Metrics.Tests.Reliability.HostileInput;

/// <summary>Ranks, percentile ranks, quantile groups and places: wrong lengths, bad options, extreme and missing values.</summary>
public class RankingHostileInputTest
{
    [Fact]
    public void Bad_options_spans_and_counts_are_refused_naming_the_argument()
    {
        Expect.ArgumentError(() => new RankOptions(Polarity.WithinBand), "polarity", "distance");
        Expect.OutOfRange(() => new RankOptions((Polarity)9), "polarity", (Polarity)9, "9");
        Expect.OutOfRange(() => new RankOptions(Polarity.HigherIsBetter, (TieMethod)9), "ties", (TieMethod)9, "9");
        Expect.OutOfRange(() => new RankOptions(Polarity.HigherIsBetter, missing: (MissingPlacement)9), "missing", (MissingPlacement)9, "9");
        Expect.OutOfRange(() => new RankOptions(Polarity.HigherIsBetter, tolerance: -0.1m), "tolerance", -0.1m, "-0.1");
        Expect.ArgumentError(() => Ranks.Compute([1.0, 2.0], new double[1], new RankOptions(Polarity.HigherIsBetter)), "ranks", "1", "2");
        Expect.ArgumentError(() => Ranks.Compute([1.0, 2.0], new double[2], new RankOptions(Polarity.HigherIsBetter), new ulong[3]), "scratch", "3");
        Expect.OutOfRange(() => Ranks.ScratchLength(-1), "count", -1, "-1");
        Expect.ArgumentError(() => Ranks.ByUnit<string>(null!, Polarity.HigherIsBetter), "scores");
        Expect.ArgumentError(() => Ranks.ByUnit([KeyValuePair.Create("HG", (decimal?)1m), KeyValuePair.Create("HG", (decimal?)2m)], Polarity.HigherIsBetter), "scores", "'HG'");
        Expect.ArgumentError(() => Ranks.ByUnit([KeyValuePair.Create("HG", (decimal?)1m)], new RankOptions(Polarity.HigherIsBetter)), "options", "method=average");
        Expect.ArgumentError(() => PercentRank.Inclusive([], 1m), "data", "empty");
        Expect.OutOfRange(() => PercentRank.Inclusive([1m, 2m], 1m, 0), "significance", 0, "0");
        Expect.OutOfRange(() => PercentRank.Exclusive([1m, 2m], 3m), "x", 3m, "3", "[1; 2]");
        Expect.OutOfRange(() => QuantileGroups.Assign([1m], Polarity.HigherIsBetter, 0), "groupCount", 0, "0");
        Expect.OutOfRange(() => new FieldRank(0, 63), "position", 0, "0");
    }

    [Fact]
    public void Empty_all_missing_and_extreme_inputs_rank_without_error()
    {
        Ranks.Compute(ReadOnlySpan<double>.Empty, new RankOptions(Polarity.HigherIsBetter)).Should().BeEmpty();
        Ranks.Compute([double.NaN, double.NaN], new RankOptions(Polarity.HigherIsBetter)).Should().OnlyContain(rank => double.IsNaN(rank));
        Ranks.Compute([double.NaN, double.NaN], new RankOptions(Polarity.HigherIsBetter, missing: MissingPlacement.Top)).Should().Equal(1.5, 1.5);
        Ranks.Compute([(decimal?)null], new RankOptions(Polarity.LowerIsBetter)).Should().Equal((decimal?)null);
        Ranks.Compute([double.MaxValue, double.MinValue, double.PositiveInfinity, double.NegativeInfinity, double.Epsilon, -0.0, 0.0], new RankOptions(Polarity.HigherIsBetter, ties: TieMethod.Min))
            .Should().Equal(2, 6, 1, 7, 3, 4, 4);
        // Differences of extreme neighbours pass decimal's range; the tolerance test must not overflow.
        Ranks.Compute([decimal.MinValue, decimal.MaxValue, 0m], new RankOptions(Polarity.HigherIsBetter, tolerance: decimal.MaxValue)).Should().Equal(2m, 2m, 2m);
        Ranks.Compute([decimal.MinValue, decimal.MaxValue], new RankOptions(Polarity.HigherIsBetter, tolerance: 1m)).Should().Equal(2m, 1m);
        PercentRank.Inclusive([decimal.MinValue, decimal.MaxValue], 0m, 28).Should().Be(0.5m);
        QuantileGroups.Assign([null, null], Polarity.HigherIsBetter, 4).Should().OnlyContain(group => group == null).And.HaveCount(2);
    }

    [Fact]
    public void Malformed_places_fail_to_parse_with_a_FormatException()
    {
        foreach (var text in new[] { "", "0/63", "64/63", "-1/63", "1/", "/63", "x/y", "99999999999999/99999999999999", "11 / 63 / 1" })
        {
            FieldRank.TryParse(text).Success.Should().BeFalse(text);
            FluentActions.Invoking(() => FieldRank.Parse(text)).Should().Throw<FormatException>();
        }
    }
}
