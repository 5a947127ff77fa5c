using System.Collections.ObjectModel;
using System.Globalization;
using De06Metrics.Measures;
using De06Metrics.Text;

namespace De06Metrics.Scoring;

/// <summary>
/// How one sub-indicator's value becomes points: capped linear, bands, or fraction of maximum (see
/// <see cref="ScoringRuleKind"/> for the formulas), each with its maximum points and polarity.
/// </summary>
/// <remarks>
/// Create rules with the factory members. A rule never clamps silently: the cap of the capped linear rule is its
/// definition, and <see cref="RuleScore"/> shows the uncapped points beside it. Immutable and thread-safe.
/// </remarks>
public sealed class ScoringRule
{
    private static readonly LocalizedText NegativeLinear = new LocalizedText(Phrase.RuleNegativeLinear);

    /// <summary>
    /// For a capped linear rule, how far a capped value may go while its uncapped points surely stay inside decimal's
    /// range: at most this for higher-is-better, at least this (or zero) for lower-is-better. Past it,
    /// <see cref="PointsOf"/> takes the full path, which computes the uncapped points and refuses what has none.
    /// </summary>
    private readonly decimal uncappedSafeBound;

    private ScoringRule(ScoringRuleKind kind, Polarity polarity, decimal maximumPoints, decimal threshold, IReadOnlyList<ScoreBand> bands, decimal otherwisePoints)
    {
        Kind = kind;
        Polarity = polarity;
        MaximumPoints = maximumPoints;
        Threshold = threshold;
        Bands = bands;
        OtherwisePoints = otherwisePoints;
        if (kind == ScoringRuleKind.CappedLinear)
        {
            uncappedSafeBound = UncappedSafeBound(polarity, maximumPoints, threshold);
        }
    }

    /// <summary>How the rule scores.</summary>
    public ScoringRuleKind Kind { get; }

    /// <summary>Which direction of the value is better.</summary>
    public Polarity Polarity { get; }

    /// <summary>The most points the rule gives.</summary>
    public decimal MaximumPoints { get; }

    /// <summary>
    /// Capped linear: the threshold that earns full points. Fraction of maximum: the scale's maximum. Bands: zero
    /// (see <see cref="Bands"/>).
    /// </summary>
    public decimal Threshold { get; }

    /// <summary>The bands, best first; empty for the other kinds.</summary>
    public IReadOnlyList<ScoreBand> Bands { get; }

    /// <summary>The points of a value that reaches no band; zero for the other kinds.</summary>
    public decimal OtherwisePoints { get; }

    /// <summary>
    /// Full <paramref name="points"/> once the value reaches <paramref name="threshold"/>, otherwise
    /// value × points / threshold; for lower-is-better, full points while the value is at most the threshold, otherwise
    /// points × threshold / value. Decision 766/QĐ-TTg's index commonly scores rates this way.
    /// </summary>
    /// <param name="threshold">The value that earns full points; positive.</param>
    /// <param name="points">The full points; positive.</param>
    /// <param name="polarity">Which direction is better; not <see cref="Polarity.WithinBand"/>.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The threshold or points are zero or negative, or the polarity is not defined.</exception>
    /// <exception cref="ArgumentException">The polarity is <see cref="Polarity.WithinBand"/>.</exception>
    public static ScoringRule CappedLinear(decimal threshold, decimal points, Polarity polarity = Polarity.HigherIsBetter)
    {
        EnsurePositive(threshold, nameof(threshold), "A capped linear rule's threshold");
        EnsurePositive(points, nameof(points), "A rule's maximum points");
        EnsurePolarity(polarity);
        return new(ScoringRuleKind.CappedLinear, polarity, points, threshold, [], 0m);
    }

    /// <summary>
    /// The points of the best band the value reaches, else <paramref name="otherwisePoints"/>. Bands are given best
    /// first: thresholds strictly falling for higher-is-better (≥ 95 → 2, ≥ 80 → 1), strictly rising for lower-is-better
    /// (≤ 5 → 2, ≤ 10 → 1), with points not rising down the list.
    /// </summary>
    /// <param name="bands">The bands, best first; at least one, the first with positive points.</param>
    /// <param name="otherwisePoints">The points of a value that reaches no band; not negative and not above the last band's.</param>
    /// <param name="polarity">Which direction is better; not <see cref="Polarity.WithinBand"/>.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bands"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">There are no bands, the bands are out of order, or the polarity is <see cref="Polarity.WithinBand"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The first band's points are zero, or <paramref name="otherwisePoints"/> is out of range.</exception>
    public static ScoringRule Banded(IEnumerable<ScoreBand> bands, decimal otherwisePoints = 0m, Polarity polarity = Polarity.HigherIsBetter)
    {
        ArgumentNullException.ThrowIfNull(bands);
        EnsurePolarity(polarity);
        var list = bands.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("A banded rule needs at least one band; none was given.", nameof(bands));
        }

        EnsurePositive(list[0].Points, nameof(bands), "A banded rule's maximum points (the first band's)");
        var rising = polarity == Polarity.LowerIsBetter;
        for (var i = 1; i < list.Count; i++)
        {
            var (previous, current) = (list[i - 1], list[i]);
            if (rising ? current.Threshold <= previous.Threshold : current.Threshold >= previous.Threshold)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture,
                        $"Bands are given best first, so their thresholds must strictly {(rising ? "rise" : "fall")} for {polarity}; band {i} has {current.Threshold} after {previous.Threshold}."),
                    nameof(bands));
            }

            if (current.Points > previous.Points)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture,
                        $"A worse band cannot earn more points; band {i} (threshold {current.Threshold}) gives {current.Points} after {previous.Points}."),
                    nameof(bands));
            }
        }

        if (otherwisePoints < 0m || otherwisePoints > list[^1].Points)
        {
            throw new ArgumentOutOfRangeException(nameof(otherwisePoints), otherwisePoints,
                string.Create(CultureInfo.InvariantCulture, $"The points below every band must lie from 0 to the last band's {list[^1].Points}; {otherwisePoints} was given."));
        }

        return new(ScoringRuleKind.Bands, polarity, list[0].Points, 0m, new ReadOnlyCollection<ScoreBand>(list), otherwisePoints);
    }

    /// <summary>
    /// value / <paramref name="maximumValue"/> × <paramref name="points"/> (for lower-is-better,
    /// (maximum − value) / maximum × points), for a value on a scale from 0 to a known maximum.
    /// </summary>
    /// <param name="maximumValue">The top of the value's scale; positive.</param>
    /// <param name="points">The points of the top of the scale; positive.</param>
    /// <param name="polarity">Which direction is better; not <see cref="Polarity.WithinBand"/>.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The maximum value or points are zero or negative, or the polarity is not defined.</exception>
    /// <exception cref="ArgumentException">The polarity is <see cref="Polarity.WithinBand"/>.</exception>
    public static ScoringRule FractionOfMaximum(decimal maximumValue, decimal points, Polarity polarity = Polarity.HigherIsBetter)
    {
        EnsurePositive(maximumValue, nameof(maximumValue), "A fraction's maximum value");
        EnsurePositive(points, nameof(points), "A rule's maximum points");
        EnsurePolarity(polarity);
        return new(ScoringRuleKind.FractionOfMaximum, polarity, points, maximumValue, [], 0m);
    }

    /// <summary>Scores a value.</summary>
    /// <param name="value">The value, or <see langword="null"/> when missing.</param>
    /// <param name="missingData">What a missing value scores; by default nothing.</param>
    /// <returns>The points with the input and the step of the rule that applied.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="missingData"/> is not defined, or the rule's arithmetic on <paramref name="value"/> passes the
    /// range of <see cref="decimal"/> even dividing first (a value near 7,9 × 10^28 against a threshold below 1).
    /// </exception>
    public RuleScore Score(decimal? value, MissingDataPolicy missingData = MissingDataPolicy.StaysMissing)
    {
        if (!Enum.IsDefined(missingData))
        {
            throw new ArgumentOutOfRangeException(nameof(missingData), missingData, $"Missing-data policy {(int)missingData} is not defined.");
        }

        var outcome = Apply(value, missingData);
        return new RuleScore(this, outcome.Input, outcome.Status, outcome.Points, outcome.UncappedPoints, outcome.IsCapped, outcome.BandIndex, outcome.Reason);
    }

    /// <summary>
    /// The rule applied to a value, as a value: what <see cref="Score"/> records, for paths that keep only the points
    /// and the status of many values.
    /// </summary>
    /// <remarks><paramref name="missingData"/> is checked by the caller (a sheet checks its own when it is made).</remarks>
    internal Outcome Apply(decimal? value, MissingDataPolicy missingData)
    {
        if (value is not { } x)
        {
            return missingData == MissingDataPolicy.ScoresZero
                ? new Outcome(null, ScoreStatus.MissingScoredZero, 0m, 0m, false, null, null)
                : new Outcome(null, ScoreStatus.Missing, null, null, false, null, null);
        }

        var lowerIsBetter = Polarity == Polarity.LowerIsBetter;
        switch (Kind)
        {
            case ScoringRuleKind.CappedLinear:
                if (x < 0m)
                {
                    return NotMeaningful(x, NegativeLinear);
                }

                if (lowerIsBetter)
                {
                    decimal? linear = x == 0m ? null : MultiplyDivide(MaximumPoints, Threshold, x, value);
                    return x <= Threshold
                        ? new Outcome(x, ScoreStatus.Scored, MaximumPoints, linear, x < Threshold, null, null)
                        : new Outcome(x, ScoreStatus.Scored, linear, linear, false, null, null);
                }

                var uncapped = MultiplyDivide(x, MaximumPoints, Threshold, value);
                return x >= Threshold
                    ? new Outcome(x, ScoreStatus.Scored, MaximumPoints, uncapped, x > Threshold, null, null)
                    : new Outcome(x, ScoreStatus.Scored, uncapped, uncapped, false, null, null);

            case ScoringRuleKind.Bands:
                for (var i = 0; i < Bands.Count; i++)
                {
                    if (lowerIsBetter ? x <= Bands[i].Threshold : x >= Bands[i].Threshold)
                    {
                        return new Outcome(x, ScoreStatus.Scored, Bands[i].Points, Bands[i].Points, false, i, null);
                    }
                }

                return new Outcome(x, ScoreStatus.Scored, OtherwisePoints, OtherwisePoints, false, null, null);

            default:
                if (x < 0m || x > Threshold)
                {
                    return NotMeaningful(x, new LocalizedText(language => language.Format(
                        Phrase.RuleOutsideScale, Display.Natural(x, language, 28), Display.Natural(Threshold, language))));
                }

                var points = MultiplyDivide(lowerIsBetter ? Threshold - x : x, MaximumPoints, Threshold, value);
                return new Outcome(x, ScoreStatus.Scored, points, points, false, null, null);
        }
    }

    /// <summary>
    /// The points <see cref="Apply"/> gives a value and their status, without the rest of its record: the path of
    /// <see cref="ScoringSheet.ScoreAll"/>, which keeps only totals. The uncapped points of a capped value are not
    /// computed unless the value lies so far past the threshold that they might leave decimal's range, where
    /// <see cref="Apply"/> is taken so that both paths accept and refuse the same values.
    /// </summary>
    /// <remarks><paramref name="missingData"/> is checked by the caller.</remarks>
    internal decimal? PointsOf(decimal? value, MissingDataPolicy missingData, out ScoreStatus status)
    {
        if (value is not { } x)
        {
            if (missingData == MissingDataPolicy.ScoresZero)
            {
                status = ScoreStatus.MissingScoredZero;
                return 0m;
            }

            status = ScoreStatus.Missing;
            return null;
        }

        status = ScoreStatus.Scored;
        var lowerIsBetter = Polarity == Polarity.LowerIsBetter;
        switch (Kind)
        {
            case ScoringRuleKind.CappedLinear when x < 0m:
                status = ScoreStatus.NotMeaningful;
                return null;

            case ScoringRuleKind.CappedLinear when lowerIsBetter:
                if (x > Threshold)
                {
                    return MultiplyDivide(MaximumPoints, Threshold, x, value);
                }

                return x == 0m || x >= uncappedSafeBound ? MaximumPoints : Full(value, missingData, out status);

            case ScoringRuleKind.CappedLinear:
                if (x < Threshold)
                {
                    return MultiplyDivide(x, MaximumPoints, Threshold, value);
                }

                return x <= uncappedSafeBound ? MaximumPoints : Full(value, missingData, out status);

            case ScoringRuleKind.Bands:
                for (var i = 0; i < Bands.Count; i++)
                {
                    if (lowerIsBetter ? x <= Bands[i].Threshold : x >= Bands[i].Threshold)
                    {
                        return Bands[i].Points;
                    }
                }

                return OtherwisePoints;

            default:
                if (x < 0m || x > Threshold)
                {
                    status = ScoreStatus.NotMeaningful;
                    return null;
                }

                return MultiplyDivide(lowerIsBetter ? Threshold - x : x, MaximumPoints, Threshold, value);
        }
    }

    /// <summary>
    /// Describes the rule: "tuyến tính có giới hạn: đạt 80 là đủ 2 điểm, dưới đó giá trị × 2 / 80" / "capped linear:
    /// full 2 points from 80, below it value × 2 / 80".
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public string Describe(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        string N(decimal v) => Display.Natural(v, language);
        var lower = Polarity == Polarity.LowerIsBetter;
        switch (Kind)
        {
            case ScoringRuleKind.CappedLinear:
                return language.Format(lower ? Phrase.RuleCappedLinearLower : Phrase.RuleCappedLinearHigher, N(Threshold), N(MaximumPoints));
            case ScoringRuleKind.Bands:
                var sign = lower ? "≤" : "≥";
                var bands = string.Join("; ", Bands.Select(b => $"{sign} {N(b.Threshold)} → {N(b.Points)}"));
                return language.Format(Phrase.RuleBands, bands, N(OtherwisePoints));
            default:
                return language.Format(lower ? Phrase.RuleFractionLower : Phrase.RuleFractionHigher, N(Threshold), N(MaximumPoints));
        }
    }

    /// <summary>Returns the description in English.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Describe(Language.English);

    /// <summary>
    /// a × b / c, multiplied first as the formulas are written; when the product passes decimal's range (values near
    /// 7,9 × 10^28), divided first instead, so that a value the rule can score is never refused for its size.
    /// </summary>
    private static decimal MultiplyDivide(decimal a, decimal b, decimal c, decimal? value)
    {
        try
        {
            return a * b / c;
        }
        catch (OverflowException)
        {
            try
            {
                return a / c * b;
            }
            catch (OverflowException)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value,
                    string.Create(CultureInfo.InvariantCulture, $"Scoring {value} by the rule passes the range of decimal (±7,9 × 10^28): {a} × {b} / {c} has no decimal value."));
            }
        }
    }

    private decimal? Full(decimal? value, MissingDataPolicy missingData, out ScoreStatus status)
    {
        var outcome = Apply(value, missingData);
        status = outcome.Status;
        return outcome.Points;
    }

    /// <summary>
    /// A bound on capped values inside which the uncapped points cannot pass decimal's range, with a margin of 8 for
    /// the rounding of the bound itself. Higher-is-better: x × points / threshold ≤ max / 8 when x ≤ max / 8 /
    /// max(points, 1) × min(threshold, 1), and so is x × points. Lower-is-better: points × threshold / x ≤ max / 8 when
    /// x ≥ points × threshold / (max / 8); when points × threshold itself passes the range, no capped value but zero is
    /// inside the bound.
    /// </summary>
    private static decimal UncappedSafeBound(Polarity polarity, decimal points, decimal threshold)
    {
        const decimal Margin = decimal.MaxValue / 8m;
        if (polarity != Polarity.LowerIsBetter)
        {
            return Margin / Math.Max(points, 1m) * Math.Min(threshold, 1m);
        }

        try
        {
            return points * threshold / Margin;
        }
        catch (OverflowException)
        {
            return decimal.MaxValue;
        }
    }

    private static Outcome NotMeaningful(decimal value, LocalizedText reason) =>
        new(value, ScoreStatus.NotMeaningful, null, null, false, null, reason);

    private static void EnsurePositive(decimal value, string paramName, string what)
    {
        if (value <= 0m)
        {
            throw new ArgumentOutOfRangeException(paramName, value,
                string.Create(CultureInfo.InvariantCulture, $"{what} must be positive; {value} was given."));
        }
    }

    private static void EnsurePolarity(Polarity polarity)
    {
        if (!Enum.IsDefined(polarity))
        {
            throw new ArgumentOutOfRangeException(nameof(polarity), polarity, $"Polarity {(int)polarity} is not defined.");
        }

        if (polarity == Polarity.WithinBand)
        {
            throw new ArgumentException($"A scoring rule needs a better direction; {polarity} has none.", nameof(polarity));
        }
    }

    /// <summary>What <see cref="RuleScore"/> holds, without the object.</summary>
    internal readonly record struct Outcome(
        decimal? Input, ScoreStatus Status, decimal? Points, decimal? UncappedPoints, bool IsCapped, int? BandIndex, LocalizedText? Reason);
}
