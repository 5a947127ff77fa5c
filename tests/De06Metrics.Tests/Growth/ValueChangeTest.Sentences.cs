using System.Globalization;
using De06Metrics.Growth;
using De06Metrics.Measures;
using De06Metrics.Text;
using static De06Metrics.Tests.Growth.GrowthIndicators;

namespace De06Metrics.Tests.Growth;

[Trait("Category", "Text")]
public partial class ValueChangeTest
{
    [Fact]
    public void A_point_change_reads_with_its_comparison()
    {
        var change = ValueChange.Absolute(OnlineRate, 72.3m, 88.8m).WithComparison(SamePeriod2023);

        change.Describe(Language.Vietnamese).Should().Be("tăng 16,5 điểm phần trăm so với cùng kỳ năm 2023");
        change.Describe(Language.English).Should().Be("up 16.5 percentage points on Q1 2023");
    }

    [Fact]
    public void A_fall_reads_as_giam()
    {
        var change = ValueChange.Absolute(WholeRate, 85m, 83m);

        change.Describe(Language.Vietnamese).Should().Be("giảm 2 điểm phần trăm");
        change.Describe(Language.English).Should().Be("down 2 percentage points");
    }

    [Fact]
    public void A_relative_change_of_a_count_needs_no_marker_but_one_of_a_rate_does()
    {
        // 103.221 / 800.000 = 12,902625%.
        ValueChange.Relative(HealthRecords, 800_000m, 903_221m).WithComparison(SamePeriod2023)
            .Describe(Language.English).Should().Be("up 12.9% on Q1 2023");
        ValueChange.Relative(OnlineRate, 72.3m, 88.8m).WithComparison(SamePeriod2023)
            .Describe(Language.Vietnamese).Should().Be("tăng 22,8% (tương đối) so với cùng kỳ năm 2023");
    }

    [Fact]
    public void A_count_change_reads_with_its_unit_and_separators()
    {
        var change = ValueChange.Absolute(HealthRecords, 800_000m, 903_221m);

        change.Describe(Language.Vietnamese).Should().Be("tăng 103.221 hồ sơ");
        change.Describe(Language.English).Should().Be("up 103,221 records");
    }

    [Fact]
    public void A_not_meaningful_change_says_why()
    {
        var change = ValueChange.Relative(HealthRecords, 0m, 5m);

        change.Describe(Language.Vietnamese).Should().Be("không tính được tỷ lệ thay đổi vì giá trị gốc bằng 0");
        change.Describe(Language.English).Should().Be("the percent change cannot be computed because the base value is zero");
        change.WithComparison(SamePeriod2023).Describe(Language.Vietnamese)
            .Should().Be("không tính được tỷ lệ thay đổi so với cùng kỳ năm 2023 vì giá trị gốc bằng 0");
    }

    [Fact]
    public void No_change_reads_as_unchanged()
    {
        var change = ValueChange.Absolute(OnlineRate, 95.7m, 95.7m).WithComparison(new LocalizedText("quý IV/2023", "Q4 2023"));

        change.Describe(Language.Vietnamese).Should().Be("không đổi so với quý IV/2023");
        change.Describe(Language.English).Should().Be("unchanged on Q4 2023");
    }

    [Trait("Category", "NeedsIcu")]
    [Fact]
    public void Formatting_takes_a_language_or_culture_and_a_decimal_count()
    {
        var change = ValueChange.Relative(Measure.Count(), De06Metrics.Measures.Polarity.HigherIsBetter, 3m, 4m);

        change.ToString("N2", Language.Vietnamese).Should().Be("tăng 33,33%");
        change.ToString(null, CultureInfo.GetCultureInfo("en-GB")).Should().Be("up 33.3%");
        FluentActions.Invoking(() => change.ToString("X", Language.English)).Should().Throw<FormatException>().WithMessage("*'X'*");
        FluentActions.Invoking(() => change.WithComparison(default)).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("comparedWith");
    }
}
