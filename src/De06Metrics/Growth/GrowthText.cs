using De06Metrics.Measures;
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
