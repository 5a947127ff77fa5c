using System.Text.Json;
using De06Metrics.Composite;
using De06Metrics.Serialization;
using De06Metrics.Tests.Composite;
using De06Metrics.Text;

namespace De06Metrics.Tests.Serialization;

public class CompositeJsonTest
{
    [Fact]
    public void The_audit_is_written_with_every_figure_and_reasons_instead_of_missing_numbers()
    {
        // The worked example's figures (docs/scripts/composite_audit_check.py): ONLINE × HEALTH 0,937140790508, alpha D1
        // 0,875106759395, the first eigenvalue 3,799794871788.
        using var json = JsonDocument.Parse(CompositeJson.Write(MultiLevelExample.Index().Audit(MultiLevelExample.Table())));
        var root = json.RootElement;

        root.GetProperty("labels").EnumerateArray().Select(e => e.GetString()).Should().Equal("ONLINE", "PAY", "LATE", "EID", "HEALTH", "D1", "D2", "Test index");
        root.GetProperty("pearson")[0][4].GetDouble().Should().BeApproximately(0.937140790508, 1e-9);
        root.GetProperty("cronbachAlpha").GetProperty("D1").GetDouble().Should().BeApproximately(0.875106759395, 1e-9);
        root.GetProperty("principalComponents").GetProperty("eigenvalues")[0].GetDouble().Should().BeApproximately(3.799794871788, 1e-9);
        root.GetProperty("flags")[0].GetProperty("kind").GetString().Should().Be("CollinearPair");
        root.GetProperty("flags")[0].GetProperty("text").GetProperty("vi").GetString().Should().StartWith("ONLINE và HEALTH tương quan gần tuyến tính");

        var oneIndicator = new MultiLevelIndex(CompositeExample.Name, AggregationMethod.WeightedArithmeticMean,
            [new IndexDimension("B", new LocalizedText("B"), 1m, AggregationMethod.WeightedArithmeticMean, [new LevelIndicator(CompositeExample.Pay, 1m, Normalisation.MinMax())])]);
        using var small = JsonDocument.Parse(CompositeJson.Write(oneIndicator.Audit(CompositeExample.Table())));
        small.RootElement.GetProperty("cronbachAlpha").GetProperty("B").GetProperty("reason").GetProperty("en").GetString()
            .Should().Be("undefined (dimension B has only one indicator; alpha needs at least two)");
    }

    [Fact]
    public void The_uncertainty_choices_and_intervals_are_written()
    {
        var result = new UncertaintyAnalysis(100, seed: 9, WeightPerturbation.UniformRange(0.25), [Normalisation.MinMax(1m, 100m), Normalisation.PercentileRank()])
            .Run(MultiLevelExample.Index(), MultiLevelExample.Table());

        using var json = JsonDocument.Parse(CompositeJson.Write(result));
        var root = json.RootElement;
        var choices = root.GetProperty("choices");

        choices.GetProperty("samples").GetInt32().Should().Be(100);
        choices.GetProperty("seed").GetInt32().Should().Be(9);
        choices.GetProperty("weights").GetProperty("method").GetString().Should().Be("UniformRange");
        choices.GetProperty("weights").GetProperty("parameter").GetDouble().Should().Be(0.25);
        choices.GetProperty("normalisations")[1].GetProperty("method").GetString().Should().Be("PercentileRank");
        var best = root.GetProperty("intervals")[7];
        best.GetProperty("unit").GetString().Should().Be("U8");
        (best.GetProperty("nominalRank").GetInt32(), best.GetProperty("low").GetDouble(), best.GetProperty("high").GetDouble()).Should().Be((1, 1d, 1d));
        root.GetProperty("firstOrder").GetProperty("Weights").GetDouble().Should().Be(result.FirstOrder[0].FirstOrder.Value!.Value);
    }
}
