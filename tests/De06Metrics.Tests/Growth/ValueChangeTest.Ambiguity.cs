using De06Metrics.Growth;
using De06Metrics.Text;
using static De06Metrics.Tests.Growth.GrowthIndicators;

namespace De06Metrics.Tests.Growth;

public partial class ValueChangeTest
{
    // The report: "Tỷ lệ ... hồ sơ trực tuyến ... đạt 88,8% (tăng 16,5% so với năm 2023 ...)". The "%" does not say
    // whether 16,5 is points or percent. Read as points, last year was 88,8 − 16,5 = 72,3%. Read as percent, last
    // year was 88,8 / 1,165 = 76,2231759656652360515021459227…%.

    [Fact]
    public void The_reports_increase_of_16_5_reads_as_72_3_percent_last_year_in_points()
    {
        var (points, _) = ValueChange.ReadAmbiguous(OnlineRate, 88.8m, 16.5m);

        points.Kind.Should().Be(ChangeKind.PercentagePoints);
        points.BaseValue.Should().Be(72.3m);
        points.Amount.Should().Be(16.5m);
        points.Describe(Language.Vietnamese).Should().Be("tăng 16,5 điểm phần trăm");
        points.Describe(Language.English).Should().Be("up 16.5 percentage points");
    }

    [Fact]
    public void The_reports_increase_of_16_5_reads_as_76_22_percent_last_year_in_percent()
    {
        var (_, percent) = ValueChange.ReadAmbiguous(OnlineRate, 88.8m, 16.5m);

        percent.Kind.Should().Be(ChangeKind.Percent);
        percent.BaseValue.Should().BeApproximately(76.223175965665236051502145923m, 1e-24m);
        OnlineRate.FormatValue(percent.BaseValue, Language.Vietnamese).Should().Be("76,2%");
        percent.Describe(Language.Vietnamese).Should().Be("tăng 16,5% (tương đối)");
        percent.Describe(Language.English).Should().Be("up 16.5% (relative)");
    }

    [Fact]
    public void Each_reading_computes_back_to_the_stated_change()
    {
        var (points, percent) = ValueChange.ReadAmbiguous(OnlineRate, 88.8m, 16.5m);

        ValueChange.Absolute(OnlineRate, points.BaseValue, 88.8m).Amount.Should().Be(16.5m);
        ValueChange.Relative(OnlineRate, percent.BaseValue, 88.8m).Amount.Should().BeApproximately(16.5m, 1e-20m);
        // The two readings are not the same statement: relative to 72,3% the rise is 22,8%.
        ValueChange.Relative(OnlineRate, points.BaseValue, 88.8m).Describe(Language.Vietnamese).Should().Be("tăng 22,8% (tương đối)");
    }

    [Fact]
    public void A_negative_value_implies_a_negative_base()
    {
        // current = base + |base| × 50%: base −4 → −2.
        var change = ValueChange.FromStatement(HealthRecords, -2m, 50m, ChangeKind.Percent);
        change.BaseValue.Should().Be(-4m);
    }

    [Fact]
    public void An_impossible_statement_is_refused()
    {
        FluentActions.Invoking(() => ValueChange.FromStatement(OnlineRate, 50m, -100m, ChangeKind.Percent))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "currentValue" && e.Message.Contains("-100"));
        FluentActions.Invoking(() => ValueChange.FromStatement(OnlineRate, 0m, 10m, ChangeKind.Percent))
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be("currentValue");
        FluentActions.Invoking(() => ValueChange.FromStatement(HealthRecords, 5m, 1m, ChangeKind.PercentagePoints))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "kind" && e.Message.Contains("PercentagePoints"));
        FluentActions.Invoking(() => ValueChange.ReadAmbiguous(HealthRecords, 5m, 1m))
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be("indicator");
    }
}
