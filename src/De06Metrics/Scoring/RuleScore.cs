using De06Metrics.Measures;
using De06Metrics.Text;

namespace De06Metrics.Scoring;

/// <summary>
/// The points a rule gave one value, with the input and the step of the rule that applied, so that the result can
/// say itself: "60 dưới ngưỡng 80 → 60 × 2 / 80 = 1,5 trên 2 điểm".
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class RuleScore
{
    private readonly LocalizedText? reason;

    internal RuleScore(ScoringRule rule, decimal? input, ScoreStatus status, decimal? points, decimal? uncappedPoints, bool isCapped, int? bandIndex, LocalizedText? reason)
    {
        Rule = rule;
        Input = input;
        Status = status;
        Points = points;
        UncappedPoints = uncappedPoints;
        IsCapped = isCapped;
        BandIndex = bandIndex;
        this.reason = reason;
    }

    /// <summary>The rule applied.</summary>
    public ScoringRule Rule { get; }

    /// <summary>The value scored, or <see langword="null"/> when missing.</summary>
    public decimal? Input { get; }

    /// <summary>Whether the value was scored.</summary>
    public ScoreStatus Status { get; }

    /// <summary>
    /// The points, from 0 to the rule's maximum; <see langword="null"/> when missing (unless the sheet scores missing
    /// data as zero) or not meaningful.
    /// </summary>
    public decimal? Points { get; }

    /// <summary>
    /// For a capped linear rule, the linear points before the cap (value × points / threshold, or points × threshold /
    /// value for lower-is-better; <see langword="null"/> for a lower-is-better value of 0); equal to
    /// <see cref="Points"/> for the other rules.
    /// </summary>
    public decimal? UncappedPoints { get; }

    /// <summary>Whether the capped linear rule's cap applied: the value went past its threshold and earned the full points.</summary>
    public bool IsCapped { get; }

    /// <summary>For a banded rule, the index in <see cref="ScoringRule.Bands"/> of the band reached, or <see langword="null"/> when none was.</summary>
    public int? BandIndex { get; }

    /// <summary>Why the value could not be scored, or <see langword="null"/>.</summary>
    public LocalizedText? Reason => reason;

    /// <summary>
    /// Says the score as a sentence with the rule's step: "88,8 đạt ngưỡng 80 → đủ 2 điểm (tuyến tính có giới hạn:
    /// đạt ngưỡng là đủ điểm; chưa giới hạn 2,22)" / "88.8 reaches the threshold 80 → full 2 points (capped linear:
    /// full points once the threshold is reached; uncapped 2.22)".
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The sentence.</returns>
    public string Describe(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return Describe(language, (value, l) => Display.Natural(value, l));
    }

    /// <summary>Returns the sentence in English.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Describe(Language.English);

    internal string Describe(Language language, Func<decimal, Language, string> formatValue)
    {
        string N(decimal v) => Display.Natural(v, language);
        string P(decimal v) => Display.Natural(v, language, 2);
        var max = P(Rule.MaximumPoints);
        switch (Status)
        {
            case ScoreStatus.Missing:
                return language[Phrase.RuleMissing];
            case ScoreStatus.MissingScoredZero:
                return language.Format(Phrase.RuleMissingScoredZero, max);
            case ScoreStatus.NotMeaningful:
                return language.Format(Phrase.RuleNotScored, formatValue(Input!.Value, language), reason!.Value.In(language));
        }

        var value = Input!.Value;
        var shown = formatValue(value, language);
        var points = P(Points!.Value);
        var lower = Rule.Polarity == Polarity.LowerIsBetter;
        var threshold = Rule.Threshold;
        switch (Rule.Kind)
        {
            case ScoringRuleKind.CappedLinear when (lower ? value <= threshold : value >= threshold):
                var uncapped = IsCapped
                    ? UncappedPoints is { } u
                        ? language.Format(Phrase.RuleUncapped, P(u))
                        : language[Phrase.RuleUncappedUndefinedAtZero]
                    : string.Empty;
                return language.Format(
                    lower ? Phrase.RuleWithinThresholdFull : Phrase.RuleReachesThresholdFull, shown, formatValue(threshold, language), max, uncapped);
            case ScoringRuleKind.CappedLinear:
                return lower
                    ? language.Format(
                        Phrase.RuleExceedsThreshold, shown, formatValue(threshold, language), N(Rule.MaximumPoints), N(threshold), N(value), points, max)
                    : language.Format(
                        Phrase.RuleBelowThreshold, shown, formatValue(threshold, language), N(value), N(Rule.MaximumPoints), N(threshold), points, max);
            case ScoringRuleKind.Bands when BandIndex is { } index:
                var sign = lower ? "≤" : "≥";
                return language.Format(Phrase.RuleBandReached, shown, sign, formatValue(Rule.Bands[index].Threshold, language), points, max);
            case ScoringRuleKind.Bands:
                var last = formatValue(Rule.Bands[^1].Threshold, language);
                return language.Format(Phrase.RuleNoBandReached, shown, lower ? "≤" : "≥", last, points, max);
            default:
                var fraction = lower ? $"({N(threshold)} − {N(value)}) / {N(threshold)}" : $"{N(value)} / {N(threshold)}";
                return language.Format(Phrase.RuleFractionScored, shown, fraction, N(Rule.MaximumPoints), points, max);
        }
    }
}
