using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Text;

namespace De06Metrics.Growth;

/// <summary>The words shared by the growth results' sentences, from the phrase book.</summary>
internal static class GrowthText
{
    internal static string Percent(decimal percent, int decimals, Language language, bool explicitPlusSign = false) =>
        language.FormatNumber(percent, decimals, explicitPlusSign) + "%";

    internal static string Reason(NotMeaningfulReason reason, Language language) => reason.Describe(language);

    /// <summary>" so với {label}" / " on {label}", or nothing.</summary>
    internal static string Comparison(string? comparedWith, Language language) =>
        comparedWith is { } label ? language.Format(Phrase.ChangeComparedWith, label) : string.Empty;

    /// <summary>
    /// A period's label inside a sentence: "quý III/2024" in Vietnamese, whose labels open with a capital, "Q3 2024" in
    /// English.
    /// </summary>
    /// <param name="period">The period.</param>
    /// <param name="language">The language.</param>
    /// <param name="keepQuarterCapital">Whether a quarter's label keeps its capital ("Quý III/2024").</param>
    internal static string PeriodInSentence(ReportingPeriod period, Language language, bool keepQuarterCapital = false)
    {
        var label = period.ToString(language);
        var lowered = label.Length == 0 || (keepQuarterCapital && period.Kind == PeriodKind.Quarter)
            ? label
            : string.Concat(label[..1].ToLowerInvariant(), label.AsSpan(1));
        return language.Format(Phrase.GrowthPeriodInSentence, label, lowered);
    }

    internal static string Category(ProgressCategory category, Language language) => language[category switch
    {
        ProgressCategory.Achieved => Phrase.ProgressAchieved,
        ProgressCategory.OnTrack => Phrase.ProgressOnTrack,
        ProgressCategory.AccelerationNeeded => Phrase.ProgressAccelerationNeeded,
        ProgressCategory.LimitedProgress => Phrase.ProgressLimited,
        ProgressCategory.Deterioration => Phrase.ProgressDeterioration,
        _ => Phrase.ProgressUnassessable,
    }];

    internal static string Category(TrendCategory category, Language language) => language[category switch
    {
        TrendCategory.Good => Phrase.TrendGood,
        TrendCategory.Fair => Phrase.TrendFair,
        TrendCategory.Limited => Phrase.TrendLimited,
        TrendCategory.Deterioration => Phrase.TrendDeterioration,
        _ => Phrase.TrendUnassessable,
    }];
}
