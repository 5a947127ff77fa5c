using De06Metrics.Ranking;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Composite;

/// <summary>One unit's value of a <see cref="MultiLevelIndex"/>, with its dimension scores and normalised indicator values.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class MultiLevelScore
{
    internal MultiLevelScore(
        MultiLevelIndex index, UnitId unit, CompositeStatus status, decimal? value, FieldRank? rank, LocalizedText? reason, decimal?[] dimensions, decimal?[] normalised)
    {
        Index = index;
        Unit = unit;
        Status = status;
        Value = value;
        Rank = rank;
        Reason = reason;
        DimensionScores = Array.AsReadOnly(dimensions);
        NormalisedValues = Array.AsReadOnly(normalised);
    }

    /// <summary>The index.</summary>
    public MultiLevelIndex Index { get; }

    /// <summary>The unit.</summary>
    public UnitId Unit { get; }

    /// <summary>
    /// <see cref="CompositeStatus.Computed"/>, <see cref="CompositeStatus.NoData"/> or
    /// <see cref="CompositeStatus.NotMeaningful"/> (levels have no minimum coverage).
    /// </summary>
    public CompositeStatus Status { get; }

    /// <summary>The index value, or <see langword="null"/> with a <see cref="Reason"/>.</summary>
    public decimal? Value { get; }

    /// <summary>The unit's place among the units with a value, or <see langword="null"/>.</summary>
    public FieldRank? Rank { get; }

    /// <summary>Why there is no value, or <see langword="null"/>.</summary>
    public LocalizedText? Reason { get; }

    /// <summary>One score per dimension, in the index's order; <see langword="null"/> where the unit has no usable value in it.</summary>
    public IReadOnlyList<decimal?> DimensionScores { get; }

    /// <summary>One normalised value per indicator, in <see cref="MultiLevelIndex.Indicators"/> order; <see langword="null"/> where missing.</summary>
    public IReadOnlyList<decimal?> NormalisedValues { get; }

    /// <summary>
    /// Says the result: "U1: Test index = 79.17, ranked 1st of 4 (D1 = 100.00; D2 = 58.33)" /
    /// "U1: Chỉ số thử = 79,17, xếp thứ 1/4 (D1 = 100,00; D2 = 58,33)".
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The sentence.</returns>
    public string Describe(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var name = Index.Name.In(language);
        if (Value is not { } value)
        {
            return language.Format(Phrase.CompositeNotComputed, Unit, name, Reason!.Value.In(language));
        }

        var dimensions = string.Join("; ", Index.Dimensions.Select((dimension, d) => language.Format(
            Phrase.MultiLevelDimensionScore,
            dimension.Code,
            DimensionScores[d] is { } score ? language.FormatNumber(score, 2) : language[Phrase.NoData])));
        var rank = Rank is { } place ? ", " + place.ToString("L", language) : string.Empty;
        // A Copeland score is a whole number of pairs.
        var digits = Index.Aggregation == AggregationMethod.Copeland ? 0 : 2;
        return language.Format(Phrase.MultiLevelComputed, Unit, name, language.FormatNumber(value, digits), rank, dimensions);
    }

    /// <summary>Returns the sentence in English.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Describe(Language.English);
}
