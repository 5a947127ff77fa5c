using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Text;

namespace De06Metrics.Tests.Growth;

/// <summary>Indicators shaped like the Hà Giang Q1/2024 report's, for the growth tests.</summary>
internal static class GrowthIndicators
{
    /// <summary>Online dossier rate: a rate, higher is better, one decimal (88,8%).</summary>
    public static Indicator OnlineRate { get; } = new(
        new IndicatorCode("DVC.ONLINE_RATE"), new LocalizedText("Tỷ lệ hồ sơ trực tuyến", "Online dossier rate"), Measure.Rate, Polarity.HigherIsBetter);

    /// <summary>Late dossier rate: a rate, lower is better, one decimal.</summary>
    public static Indicator LateRate { get; } = new(
        new IndicatorCode("DVC.LATE_RATE"), new LocalizedText("Tỷ lệ hồ sơ trễ hạn", "Late dossier rate"), Measure.Rate, Polarity.LowerIsBetter);

    /// <summary>A rate written without decimals, higher is better.</summary>
    public static Indicator WholeRate { get; } = new(
        new IndicatorCode("DVC.PAYMENT_RATE"), new LocalizedText("Tỷ lệ thanh toán trực tuyến", "Online payment rate"), Measure.Rate, Polarity.HigherIsBetter, displayDecimals: 0);

    /// <summary>Health records: a count of "hồ sơ" / "records", higher is better, no decimals (903.221).</summary>
    public static Indicator HealthRecords { get; } = new(
        new IndicatorCode("YTE.HEALTH_RECORDS"), new LocalizedText("Hồ sơ sức khỏe điện tử", "Electronic health records"),
        Measure.Count(new LocalizedText("hồ sơ", "records")), Polarity.HigherIsBetter, displayDecimals: 0);

    /// <summary>A score that should stay within a band.</summary>
    public static Indicator Banded { get; } = new(
        new IndicatorCode("TEST.BAND"), new LocalizedText("Chỉ số trong khoảng", "Banded score"), Measure.Score(100m), Polarity.WithinBand);

    /// <summary>A PAPI-style rank.</summary>
    public static Indicator PapiRank { get; } = new(
        new IndicatorCode("PAPI.RANK"), new LocalizedText("Xếp hạng PAPI", "PAPI rank"), Measure.Rank, Polarity.LowerIsBetter, displayDecimals: 0);

    /// <summary>A yes/no indicator.</summary>
    public static Indicator HasPortal { get; } = new(
        new IndicatorCode("TEST.PORTAL"), new LocalizedText("Có cổng dịch vụ", "Has a portal"), Measure.YesNo, Polarity.HigherIsBetter, displayDecimals: 0);

    /// <summary>"cùng kỳ năm 2023" / "Q1 2023".</summary>
    public static LocalizedText SamePeriod2023 { get; } = new("cùng kỳ năm 2023", "Q1 2023");
}
