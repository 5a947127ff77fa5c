using De06Metrics.Text;

namespace De06Metrics.Composite;

/// <summary>
/// One line of a unit's composite breakdown: the indicator's raw value, its normalised value, its effective
/// (renormalised) weight and what it contributes, so that a reader sees why the unit ranks where it does.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CompositeContribution
{
    private readonly AggregationMethod aggregation;
    private readonly LocalizedText? reason;

    internal CompositeContribution(
        CompositeComponent component,
        AggregationMethod aggregation,
        ContributionStatus status,
        decimal? rawValue,
        decimal? uncappedValue,
        decimal? normalisedValue,
        decimal effectiveWeight,
        decimal? term,
        LocalizedText? reason)
    {
        Component = component;
        this.aggregation = aggregation;
        Status = status;
        RawValue = rawValue;
        UncappedValue = uncappedValue;
        NormalisedValue = normalisedValue;
        EffectiveWeight = effectiveWeight;
        Term = term;
        this.reason = reason;
    }

    /// <summary>The component: indicator, nominal weight, target.</summary>
    public CompositeComponent Component { get; }

    /// <summary>Whether the value took part.</summary>
    public ContributionStatus Status { get; }

    /// <summary>The unit's value as given, or <see langword="null"/> when missing.</summary>
    public decimal? RawValue { get; }

    /// <summary>
    /// The normalised value before the distance-to-target cap; equal to <see cref="NormalisedValue"/> for every other
    /// method and whenever the cap did not apply. <see langword="null"/> unless <see cref="Status"/> is
    /// <see cref="ContributionStatus.Used"/>.
    /// </summary>
    public decimal? UncappedValue { get; }

    /// <summary>The normalised value that enters the aggregation; <see langword="null"/> unless used.</summary>
    public decimal? NormalisedValue { get; }

    /// <summary>Whether the distance-to-target cap lowered the value (the unit passed the target).</summary>
    public bool IsCapped => UncappedValue != NormalisedValue;

    /// <summary>
    /// The nominal weight divided by the sum of the nominal weights of the indicators the unit has usable values for;
    /// the effective weights of a unit sum to one. Zero when the value is not used.
    /// </summary>
    public decimal EffectiveWeight { get; }

    /// <summary>
    /// The indicator's term in the aggregation, <see langword="null"/> when the unit's composite was not computed or
    /// the value not used. Weighted arithmetic mean: w·x, and the terms add up to the composite. Weighted geometric
    /// mean: x^w, and the terms multiply to the composite. Weighted harmonic mean: w/x, and the composite is one over
    /// their sum (w is the <see cref="EffectiveWeight"/>, x the <see cref="NormalisedValue"/>).
    /// </summary>
    public decimal? Term { get; }

    /// <summary>Why the value is missing or not used, or <see langword="null"/> when used.</summary>
    public LocalizedText? Reason => reason;

    /// <summary>
    /// Describes the line: "DVC.ONLINE (Tỷ lệ hồ sơ trực tuyến): 88,8% → 100,00; trọng số 0,5000 (danh nghĩa 2); đóng
    /// góp 50,00" / "DVC.ONLINE (Online dossier rate): 88.8% → 100.00; weight 0.5000 (nominal 2); contribution 50.00".
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public string Describe(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var indicator = Component.Indicator;
        var head = $"{indicator.Code} ({indicator.Name.In(language)})";
        var raw = RawValue is { } value ? indicator.FormatValue(value, language) : null;
        var nominal = Display.Natural(Component.Weight, language);
        switch (Status)
        {
            case ContributionStatus.Missing:
                return head + language.Format(Phrase.ContributionMissing, nominal);
            case ContributionStatus.NotNormalisable:
                return head + language.Format(Phrase.ContributionNotUsed, raw, reason!.Value.In(language));
        }

        var normalised = language.FormatNumber(NormalisedValue!.Value, 2);
        var cap = IsCapped
            ? language.Format(Phrase.ContributionCapped, language.FormatNumber(UncappedValue!.Value, 2))
            : string.Empty;
        var weight = language.Format(Phrase.ContributionWeight, language.FormatNumber(EffectiveWeight, 4), nominal);
        var term = Term is { } t
            ? aggregation switch
            {
                AggregationMethod.WeightedArithmeticMean => language.Format(Phrase.ContributionTermArithmetic, language.FormatNumber(t, 2)),
                AggregationMethod.WeightedGeometricMean => language.Format(Phrase.ContributionTermGeometric, language.FormatNumber(t, 4)),
                _ => language.Format(Phrase.ContributionTermHarmonic, language.FormatNumber(t, 6)),
            }
            : string.Empty;
        return $"{head}: {raw} → {normalised}{cap}{weight}{term}";
    }

    /// <summary>Returns the description in English.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Describe(Language.English);
}
