using De06Metrics.Composite;
using De06Metrics.Text;
using static De06Metrics.Tests.Composite.CompositeExample;

namespace De06Metrics.Tests.Composite;

public partial class MultiLevelIndexTest
{
    [Fact]
    public void Weights_that_do_not_sum_to_anything_positive_are_refused_with_the_weights()
    {
        var act = () => new IndexDimension("D1", new LocalizedText("D1"), 1m, AggregationMethod.WeightedArithmeticMean,
            [new LevelIndicator(Online, 0m, Normalisation.MinMax()), new LevelIndicator(Late, 0m, Normalisation.MinMax())]);
        act.Should().Throw<ArgumentException>().WithParameterName("indicators").WithMessage("*'D1' must sum to more than zero; they are 0, 0*");

        var dimension = new IndexDimension("D1", new LocalizedText("D1"), 0m, AggregationMethod.WeightedArithmeticMean, [new LevelIndicator(Online, 1m, Normalisation.MinMax())]);
        var index = () => new MultiLevelIndex(Name, AggregationMethod.WeightedArithmeticMean, [dimension]);
        index.Should().Throw<ArgumentException>().WithParameterName("dimensions").WithMessage("*dimensions' weights must sum to more than zero; they are 0*");

        var negative = () => new IndexDimension("D1", new LocalizedText("D1"), -1m, AggregationMethod.WeightedArithmeticMean, [new LevelIndicator(Online, 1m, Normalisation.MinMax())]);
        negative.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("weight").WithMessage("*-1*");
    }

    [Fact]
    public void An_indicator_in_two_dimensions_and_a_target_missing_for_distance_to_target_are_refused()
    {
        var one = new IndexDimension("A", new LocalizedText("A"), 1m, AggregationMethod.WeightedArithmeticMean, [new LevelIndicator(Online, 1m, Normalisation.MinMax())]);
        var two = new IndexDimension("B", new LocalizedText("B"), 1m, AggregationMethod.WeightedArithmeticMean, [new LevelIndicator(Online, 1m, Normalisation.ZScore())]);
        var act = () => new MultiLevelIndex(Name, AggregationMethod.WeightedArithmeticMean, [one, two]);
        act.Should().Throw<ArgumentException>().WithParameterName("dimensions").WithMessage("*'ONLINE' appears in more than one place (again in dimension 'B')*");

        var target = () => new LevelIndicator(Online, 1m, Normalisation.DistanceToTarget());
        target.Should().Throw<ArgumentException>().WithParameterName("target").WithMessage("*'ONLINE' has none*");
    }

    [Fact]
    public void A_one_indicator_dimension_has_no_alpha_and_says_why()
    {
        // The 4-unit example: dimension A = ONLINE and LATE, dimension B = PAY alone.
        var index = new MultiLevelIndex(Name, AggregationMethod.WeightedArithmeticMean,
        [
            new IndexDimension("A", new LocalizedText("A"), 1m, AggregationMethod.WeightedArithmeticMean,
                [new LevelIndicator(Online, 1m, Normalisation.MinMax()), new LevelIndicator(Late, 1m, Normalisation.MinMax())]),
            new IndexDimension("B", new LocalizedText("B"), 1m, AggregationMethod.WeightedArithmeticMean, [new LevelIndicator(Pay, 1m, Normalisation.MinMax())]),
        ]);

        var audit = index.Audit(Table());

        audit.CronbachAlpha[0].IsMeaningful.Should().BeTrue();
        audit.CronbachAlpha[1].IsMeaningful.Should().BeFalse();
        audit.CronbachAlpha[1].ToString(Language.English).Should().Be("undefined (dimension B has only one indicator; alpha needs at least two)");
        audit.CronbachAlpha[1].ToString(Language.Vietnamese).Should().Be("không xác định (trụ cột B chỉ có một chỉ tiêu; cần ít nhất hai)");
    }

    [Fact]
    public void Too_few_units_for_principal_components_or_for_a_correlation_are_not_meaningful_with_the_counts()
    {
        // 4 units, 3 indicators, U3 without PAY: 3 complete units for 3 indicators — a 3 × 3 correlation matrix from 3
        // units has rank at most 2, so principal components need more units than indicators. ONLINE × LATE has 4
        // pairs; PAY × anything has 3, the least a correlation takes here.
        var index = new MultiLevelIndex(Name, AggregationMethod.WeightedArithmeticMean,
        [
            new IndexDimension("A", new LocalizedText("A"), 1m, AggregationMethod.WeightedArithmeticMean,
                [new LevelIndicator(Online, 1m, Normalisation.MinMax()), new LevelIndicator(Late, 1m, Normalisation.MinMax()), new LevelIndicator(Pay, 1m, Normalisation.MinMax())]),
        ]);

        var audit = index.Audit(Table());

        audit.PrincipalComponents.IsMeaningful.Should().BeFalse();
        audit.PrincipalComponents.Eigenvalues.Should().BeEmpty();
        audit.PrincipalComponents.Reason!.Value.In(Language.English).Should().Be(
            "only 3 units have every indicator, and the principal components of 3 indicators need more units than indicators");
        var loading = () => audit.PrincipalComponents.Loading(0, 0);
        loading.Should().Throw<InvalidOperationException>();
        audit.Pearson[0, 2].IsMeaningful.Should().BeTrue();

        var two = new IndicatorTableBuilder().Set(U1, Online.Code, 1m).Set(U1, Late.Code, 2m).Set(U1, Pay.Code, 3m)
            .Set(U2, Online.Code, 2m).Set(U2, Late.Code, 1m).Set(U2, Pay.Code, 5m).ToTable();
        var small = index.Audit(two);
        small.Pearson[0, 1].Reason!.Value.In(Language.English).Should().Be("only 2 units have both values; a correlation needs at least 3");
        small.Skewness[0].Reason!.Value.In(Language.English).Should().Be("skewness needs at least 3 values; there are 2");
        small.Kurtosis[0].Reason!.Value.In(Language.English).Should().Be("kurtosis needs at least 4 values; there are 2");
    }

    [Fact]
    public void A_constant_indicator_has_no_correlation_and_says_so_never_NaN()
    {
        // PAY is 7 for every unit: min-max cannot normalise it (max − min = 0), so every correlation with it, and the
        // principal components, say so with the normalisation's reason.
        var table = new IndicatorTableBuilder()
            .Set(U1, Online.Code, 90m).Set(U1, Late.Code, 5m).Set(U1, Pay.Code, 7m)
            .Set(U2, Online.Code, 70m).Set(U2, Late.Code, 10m).Set(U2, Pay.Code, 7m)
            .Set(U3, Online.Code, 80m).Set(U3, Late.Code, 20m).Set(U3, Pay.Code, 7m)
            .Set(U4, Online.Code, 50m).Set(U4, Late.Code, 15m).Set(U4, Pay.Code, 7m)
            .ToTable();
        var index = new MultiLevelIndex(Name, AggregationMethod.WeightedArithmeticMean,
        [
            new IndexDimension("A", new LocalizedText("A"), 1m, AggregationMethod.WeightedArithmeticMean,
                [new LevelIndicator(Online, 1m, Normalisation.MinMax()), new LevelIndicator(Late, 1m, Normalisation.MinMax()), new LevelIndicator(Pay, 1m, Normalisation.MinMax())]),
        ]);

        var audit = index.Audit(table);

        audit.Pearson[0, 2].Reason!.Value.In(Language.English).Should().Be(
            "PAY could not be normalised: every unit has the same value 7.0%, so min-max is undefined (max − min = 0)");
        audit.Spearman[2, 2].IsMeaningful.Should().BeFalse();
        audit.Skewness[2].Reason!.Value.In(Language.English).Should().Be("PAY has the same value for every unit, so skewness and kurtosis are undefined");
        audit.PrincipalComponents.Reason!.Value.In(Language.Vietnamese).Should().StartWith("không chuẩn hóa được PAY: ");
        audit.Pearson[0, 1].IsMeaningful.Should().BeTrue();
    }

    [Fact]
    public void A_constant_dimension_score_has_no_correlation_and_the_reason_names_it()
    {
        // ONLINE and LATE pull exactly against each other, weights 1:1, min-max: ONLINE {100, 50, 0} and LATE (↓, values
        // 20, 10, 0) {0, 50, 100}, so every unit's dimension A (and index) is 50: a constant column.
        var table = new IndicatorTableBuilder()
            .Set(U1, Online.Code, 90m).Set(U1, Late.Code, 20m)
            .Set(U2, Online.Code, 70m).Set(U2, Late.Code, 10m)
            .Set(U3, Online.Code, 50m).Set(U3, Late.Code, 0m)
            .ToTable();
        var index = new MultiLevelIndex(new LocalizedText("Chỉ số thử", "Test index"), AggregationMethod.WeightedArithmeticMean,
        [
            new IndexDimension("A", new LocalizedText("A"), 1m, AggregationMethod.WeightedArithmeticMean,
                [new LevelIndicator(Online, 1m, Normalisation.MinMax()), new LevelIndicator(Late, 1m, Normalisation.MinMax())]),
        ]);

        var audit = index.Audit(table);

        index.Compute(table).Scores.Select(score => score.Value).Should().OnlyContain(value => value == 50m);
        audit.Pearson[0, 2].Reason!.Value.In(Language.English).Should().Be("A has the same value for every unit compared, so the correlation is undefined");
        audit.Pearson[0, 1].Value!.Value.Should().BeApproximately(-1d, 1e-12);
        audit.CronbachAlpha[0].Reason!.Value.In(Language.English).Should().Be("undefined (the sum of the indicators does not vary across units)");
        audit.Flags.Should().Contain(flag => flag.Kind == AuditFlagKind.CollinearPair);
    }

    [Fact]
    public void Audit_options_out_of_range_are_refused_with_the_value()
    {
        var act = () => new AuditOptions(collinearity: 1.5);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("collinearity").WithMessage("*1.5*");
        var nan = () => new AuditOptions(skewness: double.NaN);
        nan.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("skewness");
    }
}
