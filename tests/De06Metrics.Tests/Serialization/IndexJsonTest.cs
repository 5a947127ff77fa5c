using System.Text;
using De06Metrics.Composite;
using De06Metrics.Indicators;
using De06Metrics.Serialization;
using De06Metrics.Tests.Composite;
using De06Metrics.Text;
using FluentAssertions;
using Xunit;

namespace De06Metrics.Tests.Serialization;

public class IndexJsonTest
{
    private static readonly Indicator[] Catalog =
        [MultiLevelExample.Online, MultiLevelExample.Pay, MultiLevelExample.Late, MultiLevelExample.Eid, MultiLevelExample.Health];

    [Fact]
    public void A_hand_written_file_gives_the_index_and_the_analysis_it_says()
    {
        const string json = """
            {
              "version": 1,
              "index": {
                "name": { "vi": "Chỉ số thử", "en": "Test index" },
                "aggregation": "geometric",
                "dimensions": [
                  { "code": "D1", "name": { "vi": "Dịch vụ công" }, "weight": 3, "aggregation": "arithmetic",
                    "indicators": [
                      { "indicator": "ONLINE", "weight": 2, "normalisation": { "method": "minMax", "lower": 1, "upper": 10 } },
                      { "indicator": "PAY", "weight": 1, "normalisation": { "method": "distanceToTarget", "capAtTarget": false }, "target": 80,
                        "treatment": { "method": "winsorise", "lower": 0.05, "upper": 0.95 } },
                      { "indicator": "LATE", "weight": 1, "normalisation": { "method": "zScore", "mean": 50, "standardDeviation": 10 },
                        "treatment": { "method": "log", "shift": 1 } }
                    ] },
                  { "code": "D2", "name": { "vi": "Định danh và y tế" }, "weight": 2, "aggregation": "harmonic",
                    "indicators": [ { "indicator": "EID", "weight": 1, "normalisation": { "method": "percentileRank" } } ] }
                ]
              },
              "uncertainty": { "samples": 500, "seed": 7, "weights": { "method": "dirichlet", "concentration": 20 },
                "normalisations": [ { "method": "minMax" }, { "method": "zScore" } ], "aggregations": [ "arithmetic", "geometric" ],
                "firstOrderIndices": false }
            }
            """;

        var read = IndexJson.Read(Encoding.UTF8.GetBytes(json), "index.json", Catalog);

        read.Problems.Should().BeEmpty();
        var index = read.Index!;
        index.Name.Should().Be(new LocalizedText("Chỉ số thử", "Test index"));
        index.Aggregation.Should().Be(AggregationMethod.WeightedGeometricMean);
        index.Dimensions.Select(d => (d.Code, d.Weight, d.Aggregation)).Should().Equal(
            ("D1", 3m, AggregationMethod.WeightedArithmeticMean), ("D2", 2m, AggregationMethod.WeightedHarmonicMean));
        var indicators = index.Indicators;
        indicators.Select(i => (i.Code.Value, i.Weight)).Should().Equal(("ONLINE", 2m), ("PAY", 1m), ("LATE", 1m), ("EID", 1m));
        indicators[0].Normalisation.Should().Be(Normalisation.MinMax(1m, 10m));
        indicators[1].Normalisation.Should().Be(Normalisation.DistanceToTarget(capAtTarget: false));
        indicators[1].Component.Target.Should().Be(80m);
        indicators[1].Treatment.Should().Be(OutlierTreatment.Winsorise(0.05m, 0.95m));
        indicators[2].Normalisation.Should().Be(Normalisation.ZScore(50m, 10m));
        indicators[2].Treatment.Should().Be(OutlierTreatment.Log(1m));
        indicators[3].Normalisation.Should().Be(Normalisation.PercentileRank());
        indicators[3].Treatment.Should().BeNull();

        var analysis = read.Uncertainty!;
        (analysis.Samples, analysis.Seed, analysis.FirstOrderIndices).Should().Be((500, 7, false));
        analysis.Weights.Should().Be(WeightPerturbation.Dirichlet(20d));
        analysis.Normalisations.Should().Equal(Normalisation.MinMax(), Normalisation.ZScore());
        analysis.Aggregations.Should().Equal(AggregationMethod.WeightedArithmeticMean, AggregationMethod.WeightedGeometricMean);
    }

    [Fact]
    public void Writing_then_reading_gives_an_index_that_scores_every_unit_as_the_original_and_writes_the_same_text()
    {
        var original = MultiLevelExample.Index();
        var analysis = new UncertaintyAnalysis(200, 42, WeightPerturbation.UniformRange(0.25), [Normalisation.MinMax(), Normalisation.PercentileRank()], [AggregationMethod.WeightedArithmeticMean]);
        var text = IndexJson.ToJson(original, analysis);

        var read = IndexJson.Read(Encoding.UTF8.GetBytes(text), "index.json", Catalog);

        read.Problems.Should().BeEmpty();
        IndexJson.ToJson(read.Index!, read.Uncertainty).Should().Be(text);
        read.Uncertainty!.Weights.Should().Be(WeightPerturbation.UniformRange(0.25));
        var table = MultiLevelExample.Table();
        read.Index!.Compute(table).Scores.Select(s => s.Value).Should().Equal(original.Compute(table).Scores.Select(s => s.Value));
    }

    [Fact]
    public void An_index_without_an_analysis_is_written_without_one_and_read_back_without_one()
    {
        var text = IndexJson.ToJson(MultiLevelExample.Index());

        text.Should().NotContain("uncertainty");
        var read = IndexJson.Read(Encoding.UTF8.GetBytes(text), "index.json", Catalog);
        read.IsValid.Should().BeTrue();
        read.Uncertainty.Should().BeNull();
    }

    [Fact]
    public void Every_problem_is_located_by_line_column_and_path_and_no_index_is_built()
    {
        // Line 6: an indicator the catalog lacks; line 7: distance to target without a target; line 8: an unknown
        // property; line 9: a dimension whose weights sum to zero; line 13: Copeland offered to the sampler.
        const string json = """
            {
              "index": {
                "name": { "vi": "Chỉ số thử" },
                "aggregation": "arithmetic",
                "dimensions": [ { "code": "D1", "name": { "vi": "Một" }, "weight": 1, "aggregation": "arithmetic", "indicators": [
                  { "indicator": "NOPE", "weight": 1, "normalisation": { "method": "minMax" } },
                  { "indicator": "PAY", "weight": 1, "normalisation": { "method": "distanceToTarget" } },
                  { "indicator": "LATE", "weight": 1, "normalisation": { "method": "minMax" }, "colour": "red" } ] },
                  { "code": "D2", "name": { "vi": "Hai" }, "weight": 1, "aggregation": "arithmetic", "indicators": [
                    { "indicator": "EID", "weight": 0, "normalisation": { "method": "minMax" } } ] }
                ]
              },
              "uncertainty": { "samples": 10, "seed": 1,
                "aggregations": [ "copeland" ] }
            }
            """;

        var read = IndexJson.Read(Encoding.UTF8.GetBytes(json), "index.json", Catalog);

        read.Index.Should().BeNull();
        read.Uncertainty.Should().BeNull();
        read.Problems.Select(p => (p.Location.Line, p.Location.Path)).Should().Equal(
            (6, "$.index.dimensions[0].indicators[0].indicator"),
            (7, "$.index.dimensions[0].indicators[1]"),
            (8, "$.index.dimensions[0].indicators[2].colour"),
            (9, "$.index.dimensions[1]"),
            (13, "$.uncertainty"));
        read.Problems[0].Message.Should().Be("unknown indicator; the catalog has EID, HEALTH, LATE, ONLINE, PAY.");
        read.Problems[0].Value.Should().Be("NOPE");
        read.Problems[0].Location.Column.Should().Be(22);
        read.Problems[1].Message.Should().Be("Distance to target needs a target; 'PAY' has none.");
        read.Problems[2].Message.Should().StartWith("unknown property; an indicator has indicator, weight, normalisation, target, treatment.");
        read.Problems[3].Message.Should().Contain("weights").And.NotContain("Parameter");
        read.Problems[4].Message.Should().Contain("Copeland cannot be sampled");
    }

    [Fact]
    public void Malformed_json_is_one_problem_at_its_place()
    {
        var read = IndexJson.Read(Encoding.UTF8.GetBytes("{\n  \"index\": {\n    \"name\": \n}"), "index.json", Catalog);

        read.Problems.Should().ContainSingle().Which.Location.Line.Should().Be(4);
        read.Problems[0].Message.Should().StartWith("the JSON is malformed:");
    }

    [Fact]
    public void Unknown_words_name_the_words_the_format_has()
    {
        const string json = """
            { "index": { "name": { "vi": "X" }, "aggregation": "median", "dimensions": [ { "code": "D", "name": { "vi": "D" }, "weight": 1,
              "aggregation": "arithmetic", "indicators": [ { "indicator": "EID", "weight": 1, "normalisation": { "method": "rank" } } ] } ] } }
            """;

        var read = IndexJson.Read(Encoding.UTF8.GetBytes(json), "index.json", Catalog);

        read.Problems.Select(p => p.Message).Should().Equal(
            "unknown aggregation; expected arithmetic, geometric, harmonic, copeland.",
            "unknown normalisation; expected minMax, zScore, distanceToTarget, percentileRank.");
    }

    [Fact]
    public void Bad_arguments_are_refused_by_name()
    {
        FluentActions.Invoking(() => IndexJson.Read(ReadOnlyMemory<byte>.Empty, " ", Catalog)).Should().Throw<ArgumentException>().WithParameterName("fileName");
        FluentActions.Invoking(() => IndexJson.Read(ReadOnlyMemory<byte>.Empty, "f", null!)).Should().Throw<ArgumentNullException>().WithParameterName("indicators");
        FluentActions.Invoking(() => IndexJson.Read(ReadOnlyMemory<byte>.Empty, "f", [MultiLevelExample.Eid, MultiLevelExample.Eid]))
            .Should().Throw<ArgumentException>().WithParameterName("indicators").WithMessage("*'EID'*");
        FluentActions.Invoking(() => IndexJson.ToJson(null!)).Should().Throw<ArgumentNullException>().WithParameterName("index");
    }
}
