using De06Metrics.Composite;
using De06Metrics.Text;
using static De06Metrics.Tests.Composite.CompositeExample;

namespace De06Metrics.Tests.Composite;

public partial class CompositeIndexTest
{
    [Fact]
    public void A_score_says_itself_in_Vietnamese_and_English()
    {
        var result = Index().Compute(Table());

        result[U1].Describe(Language.Vietnamese).Should().Be(
            "U1: Chỉ số thử = 87,50, xếp thứ 1/4 (trung bình cộng có trọng số của 3/3 chỉ tiêu, chuẩn hóa min-max về [0; 100]).");
        result[U1].Describe(Language.English).Should().Be(
            "U1: Test index = 87.50, ranked 1st of 4 (weighted arithmetic mean of 3 of 3 indicators, min-max normalised onto [0, 100]).");
        result[U3].Describe(Language.English).Should().Be(
            "U3: Test index = 50.00, ranked 3rd of 4 (weighted arithmetic mean of 2 of 3 indicators, min-max normalised onto [0, 100]; weights renormalised over the indicators with data).");
    }

    [Fact]
    public void A_missing_composite_says_why_in_both_languages()
    {
        var u3 = Index(coverage: MinimumCoverage.ShareOfIndicators(0.75m)).Compute(Table())[U3];

        u3.Describe(Language.Vietnamese).Should().Be(
            "U3: không tính được Chỉ số thử vì chỉ có số liệu dùng được cho 2/3 chỉ tiêu (66,7% số chỉ tiêu, 75% tổng trọng số), dưới mức tối thiểu: ít nhất 75% số chỉ tiêu.");
        u3.Describe(Language.English).Should().StartWith("U3: Test index cannot be computed: usable data for only 2 of 3 indicators");
    }

    [Fact]
    public void The_explanation_lists_every_indicator_behind_the_score()
    {
        var u3 = Index().Compute(Table())[U3];

        u3.Explain(Language.English).Split('\n').Should().Equal(
            "U3: Test index = 50.00, ranked 3rd of 4 (weighted arithmetic mean of 2 of 3 indicators, min-max normalised onto [0, 100]; weights renormalised over the indicators with data).",
            "  - ONLINE (Online dossier rate): 80.0% → 75.00; weight 0.6667 (nominal 2); contribution 50.00",
            "  - LATE (Late dossier rate): 20.0% → 0.00; weight 0.3333 (nominal 1); contribution 0.00",
            "  - PAY (Online payment rate): no data; its weight 1 is shared among the other indicators");
        u3.Explain(Language.Vietnamese).Split('\n')[1].Should().Be(
            "  - ONLINE (Tỷ lệ hồ sơ trực tuyến): 80,0% → 75,00; trọng số 0,6667 (danh nghĩa 2); đóng góp 50,00");
    }

    [Fact]
    public void The_definition_describes_itself()
    {
        Index(coverage: MinimumCoverage.ShareOfWeight(0.6m)).Describe(Language.Vietnamese).Should().Be(
            "Chỉ số thử: trung bình cộng có trọng số, chuẩn hóa min-max về [0; 100], cần ít nhất 60% tổng trọng số");
        Index(Normalisation.ZScore(), AggregationMethod.WeightedGeometricMean).ToString().Should().Be(
            "Test index: weighted geometric mean, z-scores (mean 0, standard deviation 1), requiring data for at least one indicator");
    }
}
