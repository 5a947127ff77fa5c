using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Text;

namespace De06Metrics.Growth;

/// <summary>
/// A judgement of a trend when there is no numeric target: the compound annual growth between two observations,
/// taken in the better direction (d · CAGR, d = −1 when lower is better), banded by <see cref="TrendThresholds"/>
/// (by default good from 1,5% a year, fair from 0,5% a year, else poor).
/// </summary>
/// <remarks>
/// The category is <see cref="TrendCategory.Unassessable"/> when the growth is not meaningful (a zero start value,
/// a change of sign). Immutable and thread-safe.
/// </remarks>
public sealed class TrendAssessment
{
    private TrendAssessment(Indicator indicator, GrowthRate growth, DatedValue start, DatedValue end, TrendThresholds thresholds, int betterSign)
    {
        Indicator = indicator;
        Growth = growth;
        Start = start;
        End = end;
        Thresholds = thresholds;
        Category = growth.Percent is { } percent ? thresholds.Categorize(betterSign * percent) : TrendCategory.Unassessable;
    }

    /// <summary>The indicator.</summary>
    public Indicator Indicator { get; }

    /// <summary>The first observation.</summary>
    public DatedValue Start { get; }

    /// <summary>The last observation.</summary>
    public DatedValue End { get; }

    /// <summary>The compound annual growth from <see cref="Start"/> to <see cref="End"/>.</summary>
    public GrowthRate Growth { get; }

    /// <summary>The bounds used.</summary>
    public TrendThresholds Thresholds { get; }

    /// <summary>The category.</summary>
    public TrendCategory Category { get; }

    /// <summary>Why the trend could not be assessed; <see cref="NotMeaningfulReason.None"/> when it was.</summary>
    public NotMeaningfulReason Reason => Growth.Reason;

    /// <summary>Judges the trend between two observations.</summary>
    /// <param name="indicator">The indicator; higher or lower is better (not within a band).</param>
    /// <param name="start">The first observation.</param>
    /// <param name="end">The last observation; after the first.</param>
    /// <param name="thresholds">The bounds; <see langword="null"/> for <see cref="TrendThresholds.Default"/>.</param>
    /// <param name="counting">How years are counted.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The polarity is within a band, the end is not after the start, or the span does not fit <paramref name="counting"/>.
    /// </exception>
    public static TrendAssessment Assess(
        Indicator indicator,
        DatedValue start,
        DatedValue end,
        TrendThresholds? thresholds = null,
        YearCounting counting = YearCounting.WholeMonths)
    {
        var betterSign = GrowthMath.BetterSign(indicator, nameof(indicator));
        var growth = GrowthRate.CompoundAnnual(start, end, counting);
        return new(indicator, growth, start, end, thresholds ?? TrendThresholds.Default, betterSign);
    }

    /// <summary>
    /// Writes the judgement: "Xu hướng tốt: tăng bình quân 2,0%/năm từ 31/12/2021 đến 31/12/2023";
    /// "Good trend: up 2.0% a year on average from 31 December 2021 to 31 December 2023".
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The sentence, without a full stop.</returns>
    public string Describe(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var span = language.Format(Phrase.TrendSpan, PeriodText.Date(Start.Date, language), PeriodText.Date(End.Date, language));
        var category = GrowthText.Category(Category, language);
        return Category == TrendCategory.Unassessable
            ? language.Format(Phrase.TrendUnassessableSentence, category, GrowthText.Reason(Reason, language), span)
            : language.Format(Phrase.TrendSentence, category, Growth.Describe(language), span);
    }

    /// <summary>Writes the judgement in English.</summary>
    /// <returns>The sentence.</returns>
    public override string ToString() => Describe(Language.English);
}
