using De06Metrics.Composite;
using De06Metrics.Text;

namespace De06Metrics.Tests.Composite;

public partial class UncertaintyAnalysisTest
{
    [Fact]
    public void A_single_uncertain_choice_explains_all_the_rank_variance()
    {
        // With one varying choice, f(A with that choice from B) is f(B), so Saltelli's Vᵢ = mean(f(B)² − f(B)f(A))
        // estimates Var f itself: the index should be 1 up to sampling error (a few percent at 2 000 samples).
        var index = MultiLevelExample.Index();
        var table = MultiLevelExample.Table();

        // (Min-max, z-scores and percentile ranks happen to rank the example's units alike, so the choice that varies
        // here is the aggregation, on min-max onto [1, 100].)
        var aggregation = new UncertaintyAnalysis(2000, seed: 3, normalisations: [Normalisation.MinMax(1m, 100m)], aggregations: Aggregations).Run(index, table);
        var weights = new UncertaintyAnalysis(2000, seed: 3, WeightPerturbation.Dirichlet(3d)).Run(index, table);

        aggregation.FirstOrder.Should().ContainSingle().Which.Factor.Should().Be(UncertainFactor.Aggregation);
        aggregation.FirstOrder[0].FirstOrder.IsMeaningful.Should().BeTrue(aggregation.Explain(Language.English));
        aggregation.FirstOrder[0].FirstOrder.Value!.Value.Should().BeApproximately(1d, 0.1);
        weights.FirstOrder.Should().ContainSingle().Which.FirstOrder.Value!.Value.Should().BeApproximately(1d, 0.1);
    }

    [Fact]
    public void Without_any_rank_variance_the_indices_are_not_meaningful_and_say_why()
    {
        // One unit with one value: a z-score needs two values and PAY is missing, so the unit has no index in any sample
        // and no rank varies, though the weights do.
        var table = new IndicatorTableBuilder().Set(MultiLevelExample.Units[0], MultiLevelExample.Online.Code, 90m).ToTable();
        var index = new MultiLevelIndex(new LocalizedText("I"), AggregationMethod.WeightedArithmeticMean,
            [new IndexDimension("D", new LocalizedText("D"), 1m, AggregationMethod.WeightedArithmeticMean,
                [new LevelIndicator(MultiLevelExample.Online, 1m, Normalisation.ZScore()), new LevelIndicator(MultiLevelExample.Pay, 1m, Normalisation.MinMax())])]);

        var result = new UncertaintyAnalysis(50, seed: 1, WeightPerturbation.UniformRange(0.3)).Run(index, table);

        result.Intervals[0].SamplesRanked.Should().Be(0);
        result.Intervals[0].Describe(Language.English).Should().Be("U1: no index value in any sample, so not ranked");
        result.FirstOrder[0].FirstOrder.IsMeaningful.Should().BeFalse();
        result.FirstOrder[0].Describe(Language.English).Should().Be(
            "share of the rank variance explained by the choice of weights: not meaningful (no unit's rank varies across the samples)");
    }

    [Fact]
    public void The_analysis_explains_itself_in_Vietnamese_and_English()
    {
        var analysis = new UncertaintyAnalysis(1000, seed: 42, WeightPerturbation.UniformRange(0.25), [Normalisation.MinMax(), Normalisation.PercentileRank()]);
        analysis.Describe(Language.English).Should().Be(
            "1,000 samples (seed 42): weights ±25%; normalisation: min-max normalised onto [0, 100] or percentile ranks on a 0–100 scale (PERCENTRANK.INC × 100); aggregation: each level's own");

        var result = new UncertaintyAnalysis(200, seed: 42).Run(MultiLevelExample.Index(), MultiLevelExample.Table());
        result[MultiLevelExample.Units[0]].Describe(Language.English).Should().Be("U1: nominal rank 2, median 2, 90% of samples between 2 and 2");
        result[MultiLevelExample.Units[0]].Describe(Language.Vietnamese).Should().Be("U1: hạng danh nghĩa 2, trung vị 2, 90% số mẫu trong khoảng hạng 2–2");
        result.Explain(Language.Vietnamese).Should().StartWith("Độ bất định của thứ hạng theo Chỉ số thử — 200 mẫu (hạt giống ngẫu nhiên 42): trọng số danh nghĩa;");
    }

    [Fact]
    public void Bad_choices_are_refused_with_the_argument_and_the_value()
    {
        var samples = () => new UncertaintyAnalysis(0, seed: 1);
        samples.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("samples").WithMessage("*0 was given*");
        var range = () => WeightPerturbation.UniformRange(1.5);
        range.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("range").WithMessage("*1.5*");
        var dirichlet = () => WeightPerturbation.Dirichlet(0d);
        dirichlet.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("concentration");
        var twice = () => new UncertaintyAnalysis(10, 1, aggregations: [AggregationMethod.WeightedArithmeticMean, AggregationMethod.WeightedArithmeticMean]);
        twice.Should().Throw<ArgumentException>().WithParameterName("aggregations");
        var threads = () => new UncertaintyAnalysis(10, 1, maxDegreeOfParallelism: 0);
        threads.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maxDegreeOfParallelism");
        var target = () => new UncertaintyAnalysis(10, 1, normalisations: [Normalisation.DistanceToTarget()]).Run(MultiLevelExample.Index(), MultiLevelExample.Table());
        target.Should().Throw<ArgumentException>().WithParameterName("index").WithMessage("*'ONLINE' has none*");
    }
}
