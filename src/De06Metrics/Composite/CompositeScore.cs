using System.Text;
using De06Metrics.Ranking;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Composite;

/// <summary>
/// One unit's composite: its value, or why there is none, with the breakdown of every indicator behind it.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CompositeScore
{
    private readonly LocalizedText? reason;
    private readonly CompositeColumns columns;
    private readonly int row;
    private readonly decimal usedWeight;
    private IReadOnlyList<CompositeContribution>? contributions;

    internal CompositeScore(
        CompositeIndex index,
        UnitId unit,
        CompositeStatus status,
        decimal? value,
        FieldRank? rank,
        LocalizedText? reason,
        CompositeColumns columns,
        int row,
        decimal usedWeight,
        int indicatorsUsed,
        decimal shareOfIndicators,
        decimal shareOfWeight)
    {
        Index = index;
        Unit = unit;
        Status = status;
        Value = value;
        Rank = rank;
        this.reason = reason;
        this.columns = columns;
        this.row = row;
        this.usedWeight = usedWeight;
        IndicatorsUsed = indicatorsUsed;
        ShareOfIndicators = shareOfIndicators;
        ShareOfWeight = shareOfWeight;
    }

    /// <summary>The index that computed this score.</summary>
    public CompositeIndex Index { get; }

    /// <summary>The unit.</summary>
    public UnitId Unit { get; }

    /// <summary>Whether the composite was computed.</summary>
    public CompositeStatus Status { get; }

    /// <summary>The composite, or <see langword="null"/> when <see cref="Status"/> is not <see cref="CompositeStatus.Computed"/>.</summary>
    public decimal? Value { get; }

    /// <summary>
    /// The unit's place among the units with a composite, higher first, ties sharing the best place ("1224"), such as
    /// 2/4; <see langword="null"/> when the unit has no composite.
    /// </summary>
    public FieldRank? Rank { get; }

    /// <summary>Why there is no composite, or <see langword="null"/> when there is one.</summary>
    public LocalizedText? Reason => reason;

    /// <summary>One line per component of the index, in the index's order.</summary>
    /// <remarks>
    /// Made when first read, from the values the computation keeps, and the same list on every later read. Safe to read
    /// from several threads at once: one list is published, and any made beside it is equal to it.
    /// </remarks>
    public IReadOnlyList<CompositeContribution> Contributions
    {
        get
        {
            var made = Volatile.Read(ref contributions);
            if (made is null)
            {
                made = columns.ContributionsOf(row, usedWeight, Value is not null);
                made = Interlocked.CompareExchange(ref contributions, made, null) ?? made;
            }

            return made;
        }
    }

    /// <summary>How many indicators the unit has a usable value for.</summary>
    public int IndicatorsUsed { get; }

    /// <summary>The share of the index's indicators the unit has a usable value for, 0 to 1.</summary>
    public decimal ShareOfIndicators { get; }

    /// <summary>The share of the index's total nominal weight the unit has usable values for, 0 to 1.</summary>
    public decimal ShareOfWeight { get; }

    /// <summary>
    /// Says the result as a sentence: "U1: Chỉ số thử = 87,50, xếp thứ 1/4 (trung bình cộng có trọng số của 3/3 chỉ
    /// tiêu, chuẩn hóa min-max về [0; 100])." / "U1: Test index = 87.50, ranked 1st of 4 (weighted arithmetic mean of
    /// 3 of 3 indicators, min-max normalised onto [0, 100])."
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The sentence.</returns>
    public string Describe(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var name = Index.Name.In(language);
        if (Value is not { } value)
        {
            return language.Format(Phrase.CompositeNotComputed, Unit, name, reason!.Value.In(language));
        }

        var total = Index.Components.Count;
        var aggregation = CompositeIndex.Describe(Index.Aggregation, language);
        var renormalised = IndicatorsUsed < total
            ? language[Phrase.CompositeWeightsRenormalised]
            : string.Empty;
        var rank = Rank is { } place ? ", " + place.ToString("L", language) : string.Empty;
        return language.Format(
            Phrase.CompositeComputed,
            Unit,
            name,
            language.FormatNumber(value, 2),
            rank,
            aggregation,
            IndicatorsUsed,
            total,
            Index.Normalisation.Describe(language),
            renormalised);
    }

    /// <summary>The sentence of <see cref="Describe"/> followed by one line per indicator of the breakdown.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text, lines separated by <c>\n</c>.</returns>
    public string Explain(Language language)
    {
        var text = new StringBuilder(Describe(language));
        foreach (var contribution in Contributions)
        {
            text.Append("\n  - ").Append(contribution.Describe(language));
        }

        return text.ToString();
    }

    /// <summary>Returns the sentence in English.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Describe(Language.English);
}
