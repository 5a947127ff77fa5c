using De06Metrics.Composite;
using De06Metrics.Indicators;
using De06Metrics.Tests.Composite;
using De06Metrics.Text;

namespace De06Metrics.Csv.Tests;

/// <summary>A composite index and its analysis's choices as index.csv: read as a spreadsheet writes it, written and read back, every bad row located.</summary>
public sealed class IndexCsvTest : IDisposable
{
    private static readonly Indicator[] Catalog =
        [MultiLevelExample.Online, MultiLevelExample.Pay, MultiLevelExample.Late, MultiLevelExample.Eid, MultiLevelExample.Health];

    private readonly string folder = Directory.CreateTempSubdirectory("de06-index-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_file_as_Vietnamese_Excel_saves_it_gives_the_index_and_the_analysis_it_says()
    {
        // Semicolons between cells and decimal commas, as Excel saves a CSV under Vietnamese regional settings; the
        // indicators of D1 stand after D2's row, and still belong to D1 in the order of their rows.
        var path = Write("""
            kind;code;indicator;parent;name_vi;name_en;weight;aggregation;normalisation;lower;upper;mean;standard_deviation;cap_at_target;target;treatment;treatment_lower;treatment_upper;shift;samples;seed;weights;range;concentration;first_order_indices
            index;;;;Chỉ số thử;Test index;;geometric;;;;;;;;;;;;;;;;;
            dimension;D1;;;Dịch vụ công;;3;arithmetic;;;;;;;;;;;;;;;;;
            dimension;D2;;;Định danh và y tế;;2;harmonic;;;;;;;;;;;;;;;;;
            indicator;;ONLINE;D1;;;2;;minMax;1;10;;;;;;;;;;;;;;
            indicator;;EID;D2;;;1;;percentileRank;;;;;;;;;;;;;;;;
            indicator;;PAY;D1;;;1;;distanceToTarget;;;;;false;80;winsorise;0,05;0,95;;;;;;;
            indicator;;LATE;D1;;;1;;zScore;;;50;10;;;log;;;1;;;;;;
            uncertainty;;;;;;;;;;;;;;;;;;;500;7;dirichlet;;20;false
            normalisation;;;;;;;;minMax;;;;;;;;;;;;;;;;
            normalisation;;;;;;;;zScore;;;;;;;;;;;;;;;;
            aggregation;;;;;;;arithmetic;;;;;;;;;;;;;;;;;
            aggregation;;;;;;;geometric;;;;;;;;;;;;;;;;;
            """);

        var read = IndexCsv.Read(path, Catalog);

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

        var analysis = read.Uncertainty!;
        (analysis.Samples, analysis.Seed, analysis.FirstOrderIndices).Should().Be((500, 7, false));
        analysis.Weights.Should().Be(WeightPerturbation.Dirichlet(20d));
        analysis.Normalisations.Should().Equal(Normalisation.MinMax(), Normalisation.ZScore());
        analysis.Aggregations.Should().Equal(AggregationMethod.WeightedArithmeticMean, AggregationMethod.WeightedGeometricMean);
    }

    [Fact]
    public void Writing_then_reading_scores_every_unit_as_the_original_and_writes_the_same_bytes()
    {
        var original = MultiLevelExample.Index();
        var analysis = new UncertaintyAnalysis(200, 42, WeightPerturbation.UniformRange(0.25), [Normalisation.MinMax(), Normalisation.PercentileRank()], [AggregationMethod.WeightedArithmeticMean]);
        var first = Path.Combine(folder, "first.csv");
        IndexCsv.Write(original, analysis, first);

        var read = IndexCsv.Read(first, Catalog);

        read.Problems.Should().BeEmpty();
        var table = MultiLevelExample.Table();
        read.Index!.Compute(table).Scores.Select(s => s.Value).Should().Equal(original.Compute(table).Scores.Select(s => s.Value));
        read.Uncertainty!.Weights.Should().Be(WeightPerturbation.UniformRange(0.25));
        read.Uncertainty.Normalisations.Should().Equal(Normalisation.MinMax(), Normalisation.PercentileRank());
        var second = Path.Combine(folder, "second.csv");
        IndexCsv.Write(read.Index, read.Uncertainty, second);
        File.ReadAllBytes(second).Should().Equal(File.ReadAllBytes(first));
        File.ReadAllBytes(first).Take(3).Should().Equal(new byte[] { 0xEF, 0xBB, 0xBF }, "Excel reads a CSV as UTF-8 only when it starts with a byte order mark");
    }

    [Fact]
    public void An_index_without_an_analysis_has_no_analysis_rows_and_reads_back_without_one()
    {
        var path = Path.Combine(folder, "index.csv");
        IndexCsv.Write(MultiLevelExample.Index(), null, path);

        File.ReadAllText(path).Should().NotContain("uncertainty");
        var read = IndexCsv.Read(path, Catalog);
        read.IsValid.Should().BeTrue();
        read.Uncertainty.Should().BeNull();
    }

    [Fact]
    public void Every_problem_is_located_by_line_and_column_and_no_index_is_built()
    {
        // Line 4: an indicator the catalog lacks (column 3); line 5: distance to target without a target, refused by the
        // indicator's constructor at its row; line 6: a dimension nobody declared (column 4); line 7: an unknown
        // kind; line 3: D1 is left with EID alone (line 8), whose weight is 0, so its weights sum to nothing positive:
        // refused by the dimension's constructor at the dimension's row; line 9: Copeland offered to the sampler.
        var path = Write("""
            kind,code,indicator,parent,name_vi,weight,aggregation,normalisation,samples,seed
            index,,,,Chỉ số thử,,arithmetic,,,
            dimension,D1,,,Một,1,arithmetic,,,
            indicator,,NOPE,D1,,1,,minMax,,
            indicator,,PAY,D1,,1,,distanceToTarget,,
            indicator,,LATE,D9,,1,,minMax,,
            colour,,,,,,,,,
            indicator,,EID,D1,,0,,minMax,,
            uncertainty,,,,,,,,10,1
            aggregation,,,,,,copeland,,,
            """);

        var read = IndexCsv.Read(path, Catalog);

        read.Index.Should().BeNull();
        read.Uncertainty.Should().BeNull();
        read.Problems.Select(p => (p.Location.Line, p.Location.Column)).Should().Equal(
            (3, null), (4, 3), (5, null), (6, 4), (7, 1), (9, null));
        read.Problems[1].Message.Should().Be("unknown indicator; the catalog has EID, HEALTH, LATE, ONLINE, PAY.");
        read.Problems[1].Value.Should().Be("NOPE");
        read.Problems[2].Message.Should().Be("Distance to target needs a target; 'PAY' has none.");
        read.Problems[3].Message.Should().Be("unknown dimension; the dimensions are D1.");
        read.Problems[4].Message.Should().StartWith("unknown kind; the kinds are index, dimension, indicator");
        read.Problems[0].Message.Should().Contain("weight").And.NotContain("Parameter");
        read.Problems[5].Message.Should().Contain("Copeland cannot be sampled");
    }

    [Fact]
    public void A_file_without_an_index_row_says_so()
    {
        var path = Write("""
            kind,code,name_vi,weight,aggregation
            dimension,D1,Một,1,arithmetic
            """);

        var read = IndexCsv.Read(path, Catalog);

        read.Problems.Select(p => p.Message).Should().Contain("the file has no row of kind 'index' giving the index's name and aggregation.");
    }

    private string Write(string text)
    {
        var path = Path.Combine(folder, IndexCsv.FileName);
        File.WriteAllText(path, text + "\n");
        return path;
    }
}
