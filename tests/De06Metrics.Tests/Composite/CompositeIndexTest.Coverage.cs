using De06Metrics.Composite;
using De06Metrics.Units;
using static De06Metrics.Tests.Composite.CompositeExample;

namespace De06Metrics.Tests.Composite;

public partial class CompositeIndexTest
{
    [Fact]
    public void Below_the_minimum_share_of_indicators_the_composite_is_missing_with_the_reason()
    {
        // U3 has 2 of 3 indicators = 66,7% < 75%; the others have 3 of 3.
        var result = Index(coverage: MinimumCoverage.ShareOfIndicators(0.75m)).Compute(Table());

        var u3 = result[U3];
        u3.Status.Should().Be(CompositeStatus.BelowMinimumCoverage);
        u3.Value.Should().BeNull();
        u3.Reason!.Value.English.Should().Be(
            "usable data for only 2 of 3 indicators (66.7% of the indicators, 75% of the weight), below the minimum of at least 75% of the indicators");
        u3.Reason!.Value.Vietnamese.Should().Be(
            "chỉ có số liệu dùng được cho 2/3 chỉ tiêu (66,7% số chỉ tiêu, 75% tổng trọng số), dưới mức tối thiểu: ít nhất 75% số chỉ tiêu");

        // The breakdown is still there, so the reader sees what data the unit has.
        u3.Contributions[0].NormalisedValue.Should().Be(75m);
        u3.Contributions[0].Term.Should().BeNull();

        // The normalisation does not change: the other units keep their composites.
        result[U1].Value.Should().Be(87.5m);
    }

    [Fact]
    public void A_minimum_share_of_weight_counts_weights_and_is_inclusive()
    {
        // U3's indicators carry 2 + 1 = 3 of the total weight 4 = 75%.
        Index(coverage: MinimumCoverage.ShareOfWeight(0.75m)).Compute(Table())[U3].Value.Should().Be(50m);
        Index(coverage: MinimumCoverage.ShareOfWeight(0.8m)).Compute(Table())[U3].Status.Should().Be(CompositeStatus.BelowMinimumCoverage);

        // By count, 2 of 3 meets exactly 2/3.
        Index(coverage: MinimumCoverage.ShareOfIndicators(2m / 3m)).Compute(Table())[U3].Status.Should().Be(CompositeStatus.Computed);
    }

    [Fact]
    public void A_unit_without_any_value_has_no_data()
    {
        var table = new IndicatorTableBuilder()
            .Set(U1, Online.Code, 90m).Set(U2, Online.Code, 70m)
            .AddUnit(new UnitId("EMPTY"))
            .ToTable();

        var empty = Index().Compute(table)[new UnitId("EMPTY")];

        empty.Status.Should().Be(CompositeStatus.NoData);
        empty.Value.Should().BeNull();
        empty.Reason!.Value.English.Should().Be("no data for any of its indicators");
        empty.Contributions.Should().OnlyContain(c => c.Status == ContributionStatus.Missing);
    }

    [Fact]
    public void Indicators_with_data_that_all_weigh_zero_give_no_composite()
    {
        var index = new CompositeIndex(Name, [new(Online, 1m), new(Late, 0m)], Normalisation.MinMax(), AggregationMethod.WeightedArithmeticMean);
        var table = new IndicatorTableBuilder()
            .Set(U1, Online.Code, 90m).Set(U1, Late.Code, 5m)
            .Set(U2, Online.Code, 70m).Set(U2, Late.Code, 10m)
            .Set(U3, Late.Code, 20m)
            .ToTable();

        var result = index.Compute(table);

        result[U3].Status.Should().Be(CompositeStatus.NotMeaningful);
        result[U3].Reason!.Value.English.Should().Be("the indicators it has data for all weigh 0");

        // A zero weight elsewhere is shown but does not count: U1 = ONLINE's 100.
        result[U1].Value.Should().Be(100m);
        result[U1].Contributions[1].EffectiveWeight.Should().Be(0m);
    }
}
