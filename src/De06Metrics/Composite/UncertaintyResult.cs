using System.Collections.ObjectModel;
using System.Text;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Composite;

/// <summary>
/// The outcome of an <see cref="UncertaintyAnalysis"/>: each unit's nominal rank, median rank and 5–95 % interval,
/// and the share of the rank variance each varying choice explains on its own.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class UncertaintyResult
{
    private readonly Dictionary<UnitId, RankInterval> byUnit;

    internal UncertaintyResult(UncertaintyAnalysis analysis, MultiLevelIndex index, RankInterval[] intervals, SensitivityIndex[] firstOrder)
    {
        Analysis = analysis;
        Index = index;
        Intervals = Array.AsReadOnly(intervals);
        FirstOrder = new ReadOnlyCollection<SensitivityIndex>(firstOrder);
        byUnit = intervals.ToDictionary(interval => interval.Unit);
    }

    /// <summary>The choices of the analysis.</summary>
    public UncertaintyAnalysis Analysis { get; }

    /// <summary>The index analysed.</summary>
    public MultiLevelIndex Index { get; }

    /// <summary>One interval per unit of the table, in the table's order.</summary>
    public IReadOnlyList<RankInterval> Intervals { get; }

    /// <summary>
    /// One first-order index per varying choice (<see cref="UncertaintyAnalysis.VaryingFactors"/>); empty when they were
    /// not asked for or nothing varies.
    /// </summary>
    public IReadOnlyList<SensitivityIndex> FirstOrder { get; }

    /// <summary>The interval of a unit.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The interval.</returns>
    /// <exception cref="KeyNotFoundException">The unit was not in the table.</exception>
    public RankInterval this[UnitId unit] =>
        byUnit.TryGetValue(unit, out var interval) ? interval : throw new KeyNotFoundException($"Unit '{unit}' was not in the table.");

    /// <summary>Explains the analysis: its choices, one line per unit, one per first-order index.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text, lines separated by <c>\n</c>.</returns>
    public string Explain(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var text = new StringBuilder(language.Format(Phrase.UncertaintyHeading, Index.Name.In(language), Analysis.Describe(language)));
        foreach (var interval in Intervals)
        {
            text.Append("\n  - ").Append(interval.Describe(language));
        }

        foreach (var index in FirstOrder)
        {
            text.Append("\n  - ").Append(index.Describe(language));
        }

        return text.ToString();
    }

    /// <summary>Returns the explanation in English.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Explain(Language.English);

    internal static string Describe(UncertainFactor factor, Language language) => language[factor switch
    {
        UncertainFactor.Weights => Phrase.UncertaintyFactorWeights,
        UncertainFactor.Normalisation => Phrase.UncertaintyFactorNormalisation,
        _ => Phrase.UncertaintyFactorAggregation,
    }];
}
