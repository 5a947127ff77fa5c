using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Text;

namespace De06Metrics.Tests.Evaluation;

/// <summary>Indicators shaped like those of the Hà Giang Q1 2024 report, and a few the report lacks.</summary>
internal static class Indicators
{
    public static Indicator OnlineDossierRate { get; } = Make("DVC.ONLINE_RATE", "Tỷ lệ hồ sơ trực tuyến", "Online dossier rate", Measure.Rate, Polarity.HigherIsBetter);

    public static Indicator EssentialServicesRate { get; } = Make("DVC.ESSENTIAL_25", "Tỷ lệ 25 dịch vụ công thiết yếu", "25 essential services rate", Measure.Rate, Polarity.HigherIsBetter);

    public static Indicator OnlinePaymentRate { get; } = Make("TT.ONLINE_PAYMENT", "Tỷ lệ thanh toán trực tuyến", "Online payment rate", Measure.Rate, Polarity.HigherIsBetter);

    public static Indicator ChipCardHealthRate { get; } = Make("YT.CCCD_BHYT", "Tỷ lệ dùng CCCD gắn chip khám chữa bệnh", "Chip ID card used for health insurance", Measure.Rate, Polarity.HigherIsBetter);

    public static Indicator ModelsDeployed { get; } = Make("MH.DEPLOYED", "Số mô hình đã triển khai", "Models deployed",
        Measure.Count(new LocalizedText("mô hình", "models")), Polarity.HigherIsBetter, decimals: 0);

    public static Indicator Records { get; } = Make("HS.RECORDS", "Số hồ sơ", "Records",
        Measure.Count(new LocalizedText("hồ sơ", "records")), Polarity.HigherIsBetter, decimals: 0);

    public static Indicator LateDossierRate { get; } = Make("DVC.LATE_RATE", "Tỷ lệ hồ sơ trễ hạn", "Late dossier rate", Measure.Rate, Polarity.LowerIsBetter);

    public static Indicator LateDossiers { get; } = Make("DVC.LATE", "Số hồ sơ trễ hạn", "Late dossiers",
        Measure.Count(new LocalizedText("hồ sơ", "dossiers")), Polarity.LowerIsBetter, decimals: 0);

    public static Indicator BandedRate { get; } = Make("DVC.BANDED", "Tỷ lệ trong khoảng", "Banded rate", Measure.Rate, Polarity.WithinBand);

    public static Indicator Connected { get; } = Make("KN.CONNECTED", "Đã kết nối", "Connected", Measure.YesNo, Polarity.HigherIsBetter, decimals: 0);

    public static Indicator Balance(Polarity polarity) => Make("TC.BALANCE." + polarity, "Số dư", "Balance", Measure.Money(Currency.Vnd), polarity, decimals: 2);

    private static Indicator Make(string code, string vi, string en, Measure measure, Polarity polarity, int decimals = 1) =>
        new(new IndicatorCode(code), new LocalizedText(vi, en), measure, polarity, decimals);
}
