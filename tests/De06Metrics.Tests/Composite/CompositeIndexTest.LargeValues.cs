using De06Metrics.Composite;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Text;
using De06Metrics.Units;
using static De06Metrics.Tests.Composite.CompositeExample;

namespace De06Metrics.Tests.Composite;

public partial class CompositeIndexTest
{
    private static readonly Indicator Grdp = new(
        new IndicatorCode("GRDP"), new LocalizedText("Tổng sản phẩm trên địa bàn", "Gross regional domestic product"), Measure.Money(Currency.Vnd, MoneyScale.Billions), Polarity.HigherIsBetter);

    /// <summary>
    /// Defect found by the reliability catalogue: amounts in đồng such as a province's GRDP (10^15) have deviations
    /// whose squares pass decimal's range (7,9 × 10^28), so the standard deviation, computed for every method, threw a
    /// bare OverflowException even under min-max, which does not use it. The deviations are now scaled when their
    /// squares would overflow.
    /// <para>
    /// 1,2; 3,5; 9,9 × 10^15 đồng: min-max gives the middle one (3,5 − 1,2)/(9,9 − 1,2) · 100 = 2 300/87 = 26,4367816…;
    /// the mean is 14,6/3 × 10^15, the deviations (−11; −4,1; 15,1)/3 × 10^15, the sample standard deviation
    /// √(182,91)/3 × 10^15, so the highest value's z-score is 15,1/√182,91 = 1,11649870176680590140…
    /// </para>
    /// </summary>
    [Fact]
    public void Amounts_in_dong_whose_squared_deviations_pass_decimals_range_are_normalised()
    {
        var table = new IndicatorTableBuilder()
            .Set(U1, Grdp.Code, 1_200_000_000_000_000m).Set(U2, Grdp.Code, 3_500_000_000_000_000m).Set(U3, Grdp.Code, 9_900_000_000_000_000m)
            .ToTable();

        var minMax = new CompositeIndex(Name, [new(Grdp, 1m)], Normalisation.MinMax(), AggregationMethod.WeightedArithmeticMean).Compute(table);
        var zScore = new CompositeIndex(Name, [new(Grdp, 1m)], Normalisation.ZScore(), AggregationMethod.WeightedArithmeticMean).Compute(table);

        minMax[U2].Value.Should().BeApproximately(2300m / 87m, 1e-20m);
        zScore[U3].Value.Should().BeApproximately(1.1164987017668059014040462523m, 1e-20m);
        zScore.Statistics[0].StandardDeviation.Should().BeApproximately(4508140784551136.1462652119208543847757303214m, 1e-10m);
    }
}
