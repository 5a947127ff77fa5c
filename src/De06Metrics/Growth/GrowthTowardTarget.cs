using System.Globalization;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Text;

namespace De06Metrics.Growth;

/// <summary>
/// Progress toward a numeric target by a target date, the way SDG progress reports judge it: the observed compound
/// growth since a baseline against the growth the target requires from that baseline, as the ratio
/// R = d · CAGR_observed / |CAGR_required| (d = −1 when lower is better), banded by <see cref="ProgressThresholds"/>.
/// </summary>
/// <remarks>
/// <para>
/// A target already met (at or beyond it in the better direction) is <see cref="ProgressCategory.Achieved"/>,
/// whatever the growth. Otherwise the category comes from R. It is <see cref="ProgressCategory.Unassessable"/> when
/// the observed or the required growth is not meaningful (a zero baseline, a change of sign). When the target equals
/// the baseline no growth is required and R is undefined; a target not met then means the value moved away from it,
/// which is <see cref="ProgressCategory.Deterioration"/>.
/// </para>
/// <para>
/// A single observation (the current value is the baseline itself, on the same date) has no growth, but it can meet
/// the target: it is then <see cref="ProgressCategory.Achieved"/>, as open-sdg says "target achieved" before it asks
/// for two data points. <see cref="ObservedGrowth"/> and <see cref="Ratio"/> are then <see langword="null"/> and the
/// reason is <see cref="NotMeaningfulReason.MissingBase"/>: there is no earlier value to grow from. A single
/// observation short of the target is refused, since nothing can be said of its progress.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class GrowthTowardTarget
{
    private GrowthTowardTarget(
        Indicator indicator,
        DatedValue baseline,
        DatedValue current,
        DatedValue target,
        ProgressThresholds thresholds,
        YearCounting counting,
        int betterSign)
    {
        Indicator = indicator;
        Baseline = baseline;
        Current = current;
        Target = target;
        Thresholds = thresholds;
        Counting = counting;
        var single = current.Date == baseline.Date;
        ObservedGrowth = single ? null : GrowthRate.CompoundAnnual(baseline, current, counting);
        RequiredGrowth = GrowthRate.RequiredToReach(baseline, target, counting);
        RequiredGrowthFromCurrent = current.Date < target.Date ? GrowthRate.RequiredToReach(current, target, counting) : null;
        IsTargetMet = GrowthMath.Meets(current.Value, target.Value, betterSign);

        if (ObservedGrowth is null)
        {
            Reason = NotMeaningfulReason.MissingBase;
        }
        else if (ObservedGrowth.Percent is not { } observed)
        {
            Reason = ObservedGrowth.Reason;
        }
        else if (RequiredGrowth.Percent is not { } required)
        {
            Reason = RequiredGrowth.Reason;
        }
        else if (required == 0m)
        {
            Reason = NotMeaningfulReason.TargetEqualsBaseline;
        }
        else
        {
            Ratio = betterSign * observed / Math.Abs(required);
        }

        Category = IsTargetMet ? ProgressCategory.Achieved
            : Ratio is { } ratio ? thresholds.Categorize(ratio)
            : Reason == NotMeaningfulReason.TargetEqualsBaseline ? ProgressCategory.Deterioration
            : ProgressCategory.Unassessable;
    }

    /// <summary>The indicator.</summary>
    public Indicator Indicator { get; }

    /// <summary>The baseline value and date that growth is measured from.</summary>
    public DatedValue Baseline { get; }

    /// <summary>The latest observed value and date.</summary>
    public DatedValue Current { get; }

    /// <summary>The target value and the date it is due.</summary>
    public DatedValue Target { get; }

    /// <summary>The bands used.</summary>
    public ProgressThresholds Thresholds { get; }

    /// <summary>How years were counted.</summary>
    public YearCounting Counting { get; }

    /// <summary>
    /// The observed compound growth from the baseline to the current value; <see langword="null"/> for a single
    /// observation, which has none.
    /// </summary>
    public GrowthRate? ObservedGrowth { get; }

    /// <summary>The compound growth the target requires from the baseline; the denominator of <see cref="Ratio"/>.</summary>
    public GrowthRate RequiredGrowth { get; }

    /// <summary>
    /// The compound growth the target now requires from the current value: the pace needed from here on.
    /// <see langword="null"/> when the current date is not before the target date.
    /// </summary>
    public GrowthRate? RequiredGrowthFromCurrent { get; }

    /// <summary>Whether the current value meets the target (reaching it counts).</summary>
    public bool IsTargetMet { get; }

    /// <summary>The ratio R = d · CAGR_observed / |CAGR_required|; <see langword="null"/> when undefined (see <see cref="Reason"/>).</summary>
    public decimal? Ratio { get; }

    /// <summary>Why <see cref="Ratio"/> is undefined; <see cref="NotMeaningfulReason.None"/> when it has a value.</summary>
    public NotMeaningfulReason Reason { get; }

    /// <summary>The progress category.</summary>
    public ProgressCategory Category { get; }

    /// <summary>Assesses progress toward a target.</summary>
    /// <param name="indicator">The indicator; higher or lower is better (not within a band).</param>
    /// <param name="baseline">The value growth is measured from.</param>
    /// <param name="current">
    /// The latest value; after the baseline, or the baseline itself (same date, same value) when it is the only
    /// observation and meets the target.
    /// </param>
    /// <param name="target">The target value and its due date; after the baseline.</param>
    /// <param name="thresholds">The bands; <see langword="null"/> for <see cref="ProgressThresholds.OpenSdg"/>.</param>
    /// <param name="counting">How years are counted.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The indicator's polarity is within a band, a date is not after the baseline's (but for a single observation
    /// that meets the target), a single observation has two values or falls short of the target, or a span does not
    /// fit <paramref name="counting"/>.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="counting"/> is not defined.</exception>
    public static GrowthTowardTarget Assess(
        Indicator indicator,
        DatedValue baseline,
        DatedValue current,
        DatedValue target,
        ProgressThresholds? thresholds = null,
        YearCounting counting = YearCounting.MonthsAndDays)
    {
        var betterSign = GrowthMath.BetterSign(indicator, nameof(indicator));
        if (!Enum.IsDefined(counting))
        {
            throw new ArgumentOutOfRangeException(nameof(counting), counting, $"Year counting {(int)counting} is not defined.");
        }

        if (current.Date == baseline.Date)
        {
            EnsureSingleObservationMeetsTarget(baseline, current, target, betterSign);
        }
        else
        {
            GrowthRate.EnsureAfter(baseline.Date, current.Date, nameof(current));
        }

        GrowthRate.EnsureAfter(baseline.Date, target.Date, nameof(target));
        return new(indicator, baseline, current, target, thresholds ?? ProgressThresholds.OpenSdg, counting, betterSign);
    }

    private static void EnsureSingleObservationMeetsTarget(DatedValue baseline, DatedValue current, DatedValue target, int betterSign)
    {
        if (current.Value != baseline.Value)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture,
                    $"The current value {current.Value} and the baseline {baseline.Value} are both dated {YearFraction.Iso(current.Date)}; a single observation has one value."),
                nameof(current));
        }

        if (!GrowthMath.Meets(current.Value, target.Value, betterSign))
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture,
                    $"The current value {current.Value} on {YearFraction.Iso(current.Date)} is the baseline itself and does not meet the target {target.Value}: progress needs a later observation."),
                nameof(current));
        }
    }

    /// <summary>
    /// Writes the assessment: "Cần tăng tốc: tốc độ bình quân +5,0%/năm kể từ 31/12/2020, so với mức cần thiết
    /// +8,1%/năm để đạt 80,0 vào 31/12/2026 (R = 0,62)"; "Target achieved: 88.8% against a target of 70.0%".
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The sentence, without a full stop.</returns>
    public string Describe(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var category = GrowthText.Category(Category, language);
        if (Category == ProgressCategory.Achieved)
        {
            var value = Indicator.FormatValue(Current.Value, language);
            var target = Indicator.FormatValue(Target.Value, language);
            return language.Format(Phrase.ProgressAchievedSentence, category, value, target);
        }

        if (Category == ProgressCategory.Unassessable)
        {
            return language.Format(Phrase.ProgressUnassessableSentence, category, GrowthText.Reason(Reason, language));
        }

        var observed = GrowthText.Percent(ObservedGrowth!.Percent!.Value, 1, language, explicitPlusSign: true);
        var required = GrowthText.Percent(RequiredGrowth.Percent!.Value, 1, language, explicitPlusSign: true);
        var since = PeriodText.Date(Baseline.Date, language);
        var due = PeriodText.Date(Target.Date, language);
        var goal = Indicator.FormatValue(Target.Value, language);
        var ratio = Ratio is { } r
            ? language.Format(Phrase.ProgressRatio, language.FormatNumber(r, 2))
            : language.Format(Phrase.ProgressRatioUndefined, GrowthText.Reason(Reason, language));
        return language.Format(Phrase.ProgressSentence, category, observed, since, required, goal, due, ratio);
    }

    /// <summary>Writes the assessment in English.</summary>
    /// <returns>The sentence.</returns>
    public override string ToString() => Describe(Language.English);
}
