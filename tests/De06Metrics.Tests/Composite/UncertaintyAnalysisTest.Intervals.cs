using De06Metrics.Composite;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Tests.Composite;

public partial class UncertaintyAnalysisTest
{
    private static readonly Normalisation[] Normalisations = [Normalisation.MinMax(1m, 100m), Normalisation.ZScore(), Normalisation.PercentileRank()];

    private static readonly AggregationMethod[] Aggregations =
        [AggregationMethod.WeightedArithmeticMean, AggregationMethod.WeightedGeometricMean, AggregationMethod.WeightedHarmonicMean];

    [Fact]
    public void Zero_perturbation_gives_intervals_equal_to_the_nominal_ranks()
    {
        // Nominal ranks by hand from the levels test's index values: U8 100 (1), U1 78,25 (2), U5 71,17 (3),
        // U3 65,27 (4), U7 62,32 (5), U2 62,01 (6), U6 20,41 (7), U4 7,14 (8).
        var index = MultiLevelExample.Index();
        int[] nominal = [2, 6, 4, 8, 3, 7, 5, 1];
        foreach (var analysis in new[]
        {
            new UncertaintyAnalysis(200, seed: 7),
            new UncertaintyAnalysis(200, seed: 7, WeightPerturbation.UniformRange(0d)),
        })
        {
            var result = analysis.Run(index, MultiLevelExample.Table());

            result.Intervals.Select(interval => interval.NominalRank).Should().Equal(nominal.Select(rank => (int?)rank));
            foreach (var interval in result.Intervals)
            {
                interval.SamplesRanked.Should().Be(200);
                interval.Low.Should().Be(interval.NominalRank);
                interval.Median.Should().Be(interval.NominalRank);
                interval.High.Should().Be(interval.NominalRank);
            }

            result.FirstOrder.Should().BeEmpty("no choice varies");
        }
    }

    [Fact]
    public void A_unit_that_dominates_on_every_indicator_keeps_rank_1_in_every_sample()
    {
        // U8 has the best value of every indicator. With positive weights every normalisation (all are increasing in the
        // value) puts it at the top of each indicator, and every weighted mean is increasing in each value, so it is first
        // whatever the sample draws — even where a geometric mean leaves other units without an index.
        var analysis = new UncertaintyAnalysis(400, seed: 20, WeightPerturbation.Dirichlet(2d), Normalisations, Aggregations);

        var result = analysis.Run(MultiLevelExample.Index(), MultiLevelExample.Table());

        var best = result[MultiLevelExample.Units[7]];
        best.SamplesRanked.Should().Be(400);
        (best.Low, best.Median, best.High).Should().Be((1d, 1d, 1d));
        result.Intervals.Where(interval => interval.Unit != MultiLevelExample.Units[7]).Should().OnlyContain(interval => interval.Low > 1d);
    }

    [Fact]
    public void The_same_seed_gives_the_same_result_whatever_the_number_of_threads()
    {
        var index = MultiLevelExample.Index();
        var table = MultiLevelExample.Table();
        UncertaintyAnalysis Analysis(int seed, int threads) =>
            new(300, seed, WeightPerturbation.UniformRange(0.5), Normalisations, Aggregations, firstOrderIndices: true, maxDegreeOfParallelism: threads);

        var one = Analysis(42, 1).Run(index, table);
        var many = Analysis(42, 4).Run(index, table);
        var again = Analysis(42, -1).Run(index, table);
        var other = Analysis(43, -1).Run(index, table);

        static object Figures(UncertaintyResult result) => new
        {
            Intervals = result.Intervals.Select(i => (i.Unit, i.SamplesRanked, i.Low, i.Median, i.High)).ToList(),
            FirstOrder = result.FirstOrder.Select(s => (s.Factor, s.FirstOrder.Value)).ToList(),
        };

        Figures(many).Should().BeEquivalentTo(Figures(one), options => options.WithStrictOrdering());
        Figures(again).Should().BeEquivalentTo(Figures(one), options => options.WithStrictOrdering());
        // Not a test that cannot fail: another seed gives other figures.
        FirstOrderValues(other).Should().NotEqual(FirstOrderValues(one));
        static List<double?> FirstOrderValues(UncertaintyResult r) => [.. r.FirstOrder.Select(s => s.FirstOrder.Value)];
    }

    [Fact]
    public void Two_mirrored_units_split_their_ranks_and_the_quantiles_interpolate()
    {
        // A has 100 on X and 0 on Y, B the reverse, weights 1:1 each ±100% uniform: A is first exactly when its X weight
        // is drawn above its Y weight, half the samples in law. Both get the interval [1, 2]. Nothing ties (a tie needs
        // equal draws). With n ranks sorted, the 5% quantile is at (n − 1) · 0,05: 1 as long as more than 5% are 1s.
        var (a, b) = (new UnitId("A"), new UnitId("B"));
        var x = new Indicator(new IndicatorCode("X"), new LocalizedText("X"), Measure.Rate, Polarity.HigherIsBetter);
        var y = new Indicator(new IndicatorCode("Y"), new LocalizedText("Y"), Measure.Rate, Polarity.HigherIsBetter);
        var table = new IndicatorTableBuilder().Set(a, x.Code, 100m).Set(a, y.Code, 0m).Set(b, x.Code, 0m).Set(b, y.Code, 100m).ToTable();
        var index = new MultiLevelIndex(new LocalizedText("I"), AggregationMethod.WeightedArithmeticMean,
            [new IndexDimension("D", new LocalizedText("D"), 1m, AggregationMethod.WeightedArithmeticMean,
                [new LevelIndicator(x, 1m, Normalisation.MinMax()), new LevelIndicator(y, 1m, Normalisation.MinMax())])]);

        var result = new UncertaintyAnalysis(1000, seed: 1, WeightPerturbation.UniformRange(1d)).Run(index, table);

        result[a].NominalRank.Should().Be(1);   // 50 = 50, a tie at the nominal weights: both share rank 1
        result[b].NominalRank.Should().Be(1);
        foreach (var unit in new[] { a, b })
        {
            (result[unit].Low, result[unit].High).Should().Be((1d, 2d));
        }

        // The two units' ranks are complementary in every sample, so their medians add to 3.
        (result[a].Median!.Value + result[b].Median!.Value).Should().Be(3d);
        result.FirstOrder.Should().ContainSingle().Which.FirstOrder.Value!.Value.Should().BeApproximately(1d, 0.1, "the weights are the only uncertain choice");
    }
}
