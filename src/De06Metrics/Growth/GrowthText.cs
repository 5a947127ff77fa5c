using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Text;
using NodaTime;

namespace De06Metrics.Growth;

/// <summary>The words shared by the growth results' sentences in Vietnamese and English.</summary>
internal static class GrowthText
{
    internal static bool IsVietnamese(Language language) => language == Language.Vietnamese;

    /// <summary>Dates as the period labels write them: 10/3/2024 in Vietnamese, 10 March 2024 in English.</summary>
    internal static string Date(LocalDate date, Language language) =>
        IsVietnamese(language) ? PeriodText.VietnameseDate(date) : PeriodText.EnglishDate(date, abbreviateMonth: false);

    internal static string Percent(decimal percent, int decimals, Language language, bool explicitPlusSign = false) =>
        language.FormatNumber(percent, decimals, explicitPlusSign) + "%";

    internal static string Reason(NotMeaningfulReason reason, Language language) => reason.Describe(language);

    /// <summary>" so với {label}" / " on {label}", or nothing.</summary>
    internal static string Comparison(LocalizedText? comparedWith, Language language) =>
        comparedWith is { } label ? (IsVietnamese(language) ? " so với " : " on ") + label.In(language) : string.Empty;

    internal static string Category(ProgressCategory category, Language language)
    {
        var vi = IsVietnamese(language);
        return category switch
        {
            ProgressCategory.Achieved => vi ? "Đã đạt chỉ tiêu" : "Target achieved",
            ProgressCategory.OnTrack => vi ? "Đúng tiến độ" : "On track",
            ProgressCategory.AccelerationNeeded => vi ? "Cần tăng tốc" : "Acceleration needed",
            ProgressCategory.LimitedProgress => vi ? "Tiến bộ hạn chế" : "Limited progress",
            ProgressCategory.Deterioration => vi ? "Đi xuống" : "Deterioration",
            _ => vi ? "Không đánh giá được" : "Cannot be assessed",
        };
    }

    internal static string Category(TrendCategory category, Language language)
    {
        var vi = IsVietnamese(language);
        return category switch
        {
            TrendCategory.Good => vi ? "Xu hướng tốt" : "Good trend",
            TrendCategory.Fair => vi ? "Xu hướng khá" : "Fair trend",
            TrendCategory.Poor => vi ? "Xu hướng kém" : "Poor trend",
            _ => vi ? "Không đánh giá được xu hướng" : "Trend cannot be assessed",
        };
    }
}
