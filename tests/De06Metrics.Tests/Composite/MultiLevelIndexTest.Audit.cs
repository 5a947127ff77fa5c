using De06Metrics.Composite;
using De06Metrics.Indicators;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Tests.Composite;

public partial class MultiLevelIndexTest
{
    // Every expected figure below is printed by docs/scripts/composite_audit_check.py, an independent pure-Python
    // computation (Pearson and Spearman by their definitions, Cronbach's alpha from sample variances, eigenvalues of
    // the 5 × 5 correlation matrix by cyclic Jacobi rotations, Excel's SKEW and KURT formulas).
    private const double Tolerance = 1e-9;

    [Fact]
    public void Pearson_correlations_of_indicators_dimensions_and_index_match_the_independent_computation()
    {
        var audit = MultiLevelExample.Index().Audit(MultiLevelExample.Table());
        var pearson = audit.Pearson;

        pearson.Labels.Select(label => label.In(Language.English)).Should().Equal("ONLINE", "PAY", "LATE", "EID", "HEALTH", "D1", "D2", "Test index");
        pearson[0, 1].Value!.Value.Should().BeApproximately(0.703710568779, Tolerance);
        pearson[0, 4].Value!.Value.Should().BeApproximately(0.937140790508, Tolerance);
        pearson[2, 3].Value!.Value.Should().BeApproximately(0.353672073084, Tolerance);
        pearson[2, 5].Value!.Value.Should().BeApproximately(0.855609634669, Tolerance);   // LATE × D1
        pearson[4, 6].Value!.Value.Should().BeApproximately(0.971168229593, Tolerance);   // HEALTH × D2
        pearson[5, 7].Value!.Value.Should().BeApproximately(0.968961212601, Tolerance);   // D1 × index
        pearson[7, 6].Value!.Value.Should().BeApproximately(0.934425022343, Tolerance);   // index × D2, symmetric
        pearson[3, 3].Value!.Value.Should().BeApproximately(1d, Tolerance);
    }

    [Fact]
    public void Spearman_correlations_match_the_independent_computation()
    {
        var spearman = MultiLevelExample.Index().Audit(MultiLevelExample.Table()).Spearman;

        spearman.Method.Should().Be(CorrelationMethod.Spearman);
        spearman[0, 1].Value!.Value.Should().BeApproximately(0.642857142857, Tolerance);
        spearman[2, 3].Value!.Value.Should().BeApproximately(0.428571428571, Tolerance);
        spearman[2, 5].Value!.Value.Should().BeApproximately(0.928571428571, Tolerance);
        spearman[3, 6].Value!.Value.Should().BeApproximately(0.976190476190, Tolerance);
        spearman[0, 7].Value!.Value.Should().BeApproximately(1d, Tolerance);   // ONLINE orders the units exactly as the index
    }

    [Fact]
    public void Cronbach_alpha_principal_components_and_shape_match_the_independent_computation()
    {
        var audit = MultiLevelExample.Index().Audit(MultiLevelExample.Table());

        audit.CronbachAlpha[0].Value!.Value.Should().BeApproximately(0.875106759395, Tolerance);
        audit.CronbachAlpha[1].Value!.Value.Should().BeApproximately(0.933821466890, Tolerance);

        var components = audit.PrincipalComponents;
        components.UnitsUsed.Should().Be(8);
        components.Eigenvalues.Should().HaveCount(5);
        double[] expected = [3.799794871788, 0.769883185176, 0.290799479894, 0.103504716840, 0.036017746301];
        for (var c = 0; c < 5; c++)
        {
            components.Eigenvalues[c].Should().BeApproximately(expected[c], Tolerance);
            components.ExplainedShares[c].Should().BeApproximately(expected[c] / 5d, Tolerance);
        }

        // A unit-length eigenvector: its loadings' squares sum to 1; the first component loads every indicator positively.
        Enumerable.Range(0, 5).Sum(i => components.Loading(0, i) * components.Loading(0, i)).Should().BeApproximately(1d, Tolerance);
        Enumerable.Range(0, 5).Should().OnlyContain(i => components.Loading(0, i) > 0d);

        audit.Skewness[2].Value!.Value.Should().BeApproximately(0.677294900438, Tolerance);   // LATE, raw values
        audit.Kurtosis[2].Value!.Value.Should().BeApproximately(-0.439939678615, Tolerance);
        audit.Skewness[4].Value!.Value.Should().BeApproximately(-0.929797095939, Tolerance);
        audit.Kurtosis[3].Value!.Value.Should().BeApproximately(0.094117647059, Tolerance);
    }

    [Fact]
    public void The_example_flags_its_one_collinear_pair_and_nothing_else()
    {
        // Of the ten indicator pairs only ONLINE × HEALTH has |r| > 0,9 (0,937); no indicator is negative with its
        // dimension; no |skewness| exceeds 2.
        var audit = MultiLevelExample.Index().Audit(MultiLevelExample.Table());

        audit.Flags.Should().ContainSingle();
        audit.Flags[0].Kind.Should().Be(AuditFlagKind.CollinearPair);
        audit.Flags[0].Codes.Should().Equal("ONLINE", "HEALTH");
        audit.Flags[0].Describe(Language.English).Should().Be("ONLINE and HEALTH are collinear: r = 0.937 (|r| above 0.9); they may count the same thing twice");
        audit.Flags[0].Describe(Language.Vietnamese).Should().Be("ONLINE và HEALTH tương quan gần tuyến tính: r = 0,937 (|r| trên 0,9); có thể cùng đo một nội dung hai lần");
        audit.Describe(Language.English).Should().Contain("dimension D1: Cronbach's alpha 0.875")
            .And.Contain("the first principal component explains 76% of the variance (eigenvalue 3.800); 1 component(s) with an eigenvalue above 1");
    }

    [Fact]
    public void An_indicator_against_its_dimension_and_a_skewed_one_are_flagged_and_left_unchanged()
    {
        // 8 units. X and Y rise together (1…8); Z falls (8…1), so the dimension, weighted 1:1:1 towards X and Y, rises and Z
        // correlates −1 with X and Y and negatively with the dimension. S is 0 for seven units and 10 for one: by hand
        // mean 1,25, s² = (7 · 1,25² + 8,75²)/7 = 12,5; SKEW = 8/(7·6) · Σ z³ = √8 = 2,828…; KURT = 8 (the script's
        // skew() and kurt() give 2.82842712474619 and 8.0), both above COINr's 2 and 3,5.
        var units = Enumerable.Range(1, 8).Select(i => new UnitId($"V{i}")).ToArray();
        var builder = new IndicatorTableBuilder();
        for (var u = 0; u < 8; u++)
        {
            builder.Set(units[u], Glyph("X").Code, u + 1m).Set(units[u], Glyph("Y").Code, u + 1m).Set(units[u], Glyph("Z").Code, 8m - u)
                .Set(units[u], Glyph("S").Code, u == 7 ? 10m : 0m);
        }

        var index = new MultiLevelIndex(new LocalizedText("I"), AggregationMethod.WeightedArithmeticMean,
        [
            new IndexDimension("D", new LocalizedText("D"), 1m, AggregationMethod.WeightedArithmeticMean,
                [new LevelIndicator(Glyph("X"), 1m, Normalisation.MinMax()), new LevelIndicator(Glyph("Y"), 1m, Normalisation.MinMax()), new LevelIndicator(Glyph("Z"), 1m, Normalisation.MinMax())]),
            new IndexDimension("E", new LocalizedText("E"), 1m, AggregationMethod.WeightedArithmeticMean, [new LevelIndicator(Glyph("S"), 1m, Normalisation.PercentileRank())]),
        ]);
        var table = builder.ToTable();

        var audit = index.Audit(table);

        audit.Flags.Should().ContainSingle(flag => flag.Kind == AuditFlagKind.NegativeWithinDimension)
            .Which.Codes.Should().Equal("Z", "D");
        var skewed = audit.Flags.Should().ContainSingle(flag => flag.Kind == AuditFlagKind.SkewedOrHeavyTailed).Subject;
        skewed.Value.Should().BeApproximately(Math.Sqrt(8d), Tolerance);
        skewed.SecondValue!.Value.Should().BeApproximately(8d, Tolerance);
        audit.Flags.Should().Contain(flag => flag.Kind == AuditFlagKind.CollinearPair && flag.Codes.SequenceEqual(new[] { "X", "Y" }));
        skewed.Describe(Language.English).Should().Contain("no value is changed");
    }

    private static Indicator Glyph(string code) => GlyphIndicator(code);
}
