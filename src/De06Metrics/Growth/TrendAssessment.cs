using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Text;

namespace De06Metrics.Growth;

/// <summary>
/// A judgement of a trend when there is no numeric target: the compound annual growth between two observations,
/// taken in the better direction (d · CAGR, d = −1 when lower is better), banded by <see cref="TrendThresholds"/>
/// (by default good from 1,5% a year, fair from 0,5% a year, limited from 0, a deterioration below 0).
/// </summary>
/// <remarks>
/// <para>
/// The category is <see cref="TrendCategory.Unassessable"/> when the growth is not meaningful (a zero start value,
/// a change of sign).
/// </para>
/// <para>
/// An indicator with a natural limit (a rate that cannot pass 100%, a count that cannot fall below 0) cannot keep
/// growing at a fixed pace near it. As open-sdg does, the bounds above zero are then multiplied by
/// C = 1 − (y₀ / L)^4,44 for a maximum L that higher values approach (0 ≤ y₀ &lt; L), and by the mirror
/// C = 1 − (2 − y₀ / L)^4,44 for a minimum L that lower values approach (L &lt; y₀ &lt; 2L); C is 1 further away
/// and 0 at or beyond the limit, where holding the value is good. Only the limit in the better direction counts.
/// C is computed in <see cref="double"/> (about 15 significant digits) and stated in <see cref="LimitFactor"/>.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class TrendAssessment
{
    // open-sdg's exponent for shrinking the bounds near a natural limit.
    private const double LimitExponent = 4.44;

    private TrendAssessment(Indicator indicator, GrowthRate growth, DatedValue start, DatedValue end, TrendThresholds thresholds, int betterSign, decimal? naturalLimit)
    {
        Indicator = indicator;
        Growth = growth;
        Start = start;
        End = end;
        NaturalLimit = naturalLimit;
        LimitFactor = naturalLimit is { } limit ? Factor(start.Value, limit, betterSign) : null;
        NominalThresholds = thresholds;
        thresholds = LimitFactor is { } factor ? thresholds.ScaledBy(factor) : thresholds;
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

    /// <summary>The bounds used: <see cref="NominalThresholds"/>, scaled by <see cref="LimitFactor"/> when there is a natural limit.</summary>
    public TrendThresholds Thresholds { get; }

    /// <summary>The bounds as given, before any scaling for a natural limit.</summary>
    public TrendThresholds NominalThresholds { get; }

    /// <summary>The natural limit the indicator approaches in its better direction; <see langword="null"/> when none was given.</summary>
    public decimal? NaturalLimit { get; }

    /// <summary>The factor C, from 0 to 1, that scaled the bounds above zero; <see langword="null"/> without a natural limit.</summary>
    public decimal? LimitFactor { get; }

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
    /// <param name="naturalLimit">
    /// The limit the indicator approaches in its better direction: a maximum (positive) when higher is better, a
    /// minimum (0 or more) when lower is better; <see langword="null"/> for none.
    /// </param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The polarity is within a band, the end is not after the start, or the span does not fit <paramref name="counting"/>.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="naturalLimit"/> is not positive for a maximum, or negative for a minimum.
    /// </exception>
    public static TrendAssessment Assess(
        Indicator indicator,
        DatedValue start,
        DatedValue end,
        TrendThresholds? thresholds = null,
        YearCounting counting = YearCounting.MonthsAndDays,
        decimal? naturalLimit = null)
    {
        var betterSign = GrowthMath.BetterSign(indicator, nameof(indicator));
        if (naturalLimit is { } limit && (betterSign > 0 ? limit <= 0m : limit < 0m))
        {
            throw new ArgumentOutOfRangeException(nameof(naturalLimit), limit, betterSign > 0
                ? $"A natural maximum, which higher values approach, must be positive; {limit} was given."
                : $"A natural minimum, which lower values approach, must not be negative; {limit} was given.");
        }

        var growth = GrowthRate.CompoundAnnual(start, end, counting);
        return new(indicator, growth, start, end, thresholds ?? TrendThresholds.Default, betterSign, naturalLimit);
    }

    // C = 1 − (y₀/L)^4,44 below a maximum, its mirror 1 − (2 − y₀/L)^4,44 above a minimum; 0 at or past the limit, 1
    // where the distance to it is the limit's own size or more.
    private static decimal Factor(decimal start, decimal limit, int betterSign)
    {
        var closeness = betterSign > 0
            ? (start >= limit ? 1m : start <= 0m ? 0m : start / limit)
            : (start <= limit ? 1m : limit == 0m || start >= 2m * limit ? 0m : 2m - start / limit);
        return closeness switch
        {
            0m => 1m,
            1m => 0m,
            _ => 1m - (decimal)Math.Pow((double)closeness, LimitExponent),
        };
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
