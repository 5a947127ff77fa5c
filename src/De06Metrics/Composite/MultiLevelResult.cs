using De06Metrics.Ranking;
using De06Metrics.Units;

namespace De06Metrics.Composite;

/// <summary>A <see cref="MultiLevelIndex"/> computed over a table: one score per unit, ranked, and each indicator's statistics.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class MultiLevelResult
{
    private readonly Dictionary<UnitId, MultiLevelScore> byUnit;

    internal MultiLevelResult(MultiLevelIndex index, IReadOnlyList<MultiLevelScore> scores, UnitRanking<UnitId> ranking, IReadOnlyList<ComponentStatistics> statistics, IReadOnlyList<TreatedValue> treatments)
    {
        Treatments = treatments;
        Index = index;
        Scores = scores;
        Ranking = ranking;
        Statistics = statistics;
        byUnit = scores.ToDictionary(score => score.Unit);
    }

    /// <summary>The index.</summary>
    public MultiLevelIndex Index { get; }

    /// <summary>One score per unit of the table, in the table's order.</summary>
    public IReadOnlyList<MultiLevelScore> Scores { get; }

    /// <summary>The units with an index value, higher first, ties sharing the best place ("1224").</summary>
    public UnitRanking<UnitId> Ranking { get; }

    /// <summary>One entry per indicator, in <see cref="MultiLevelIndex.Indicators"/> order: what its normalisation used, or why it could not.</summary>
    public IReadOnlyList<ComponentStatistics> Statistics { get; }

    /// <summary>
    /// Every raw value an indicator's <see cref="LevelIndicator.Treatment"/> changed, indicator by indicator in
    /// <see cref="MultiLevelIndex.Indicators"/> order, then in the table's order of units; empty when none is chosen.
    /// </summary>
    public IReadOnlyList<TreatedValue> Treatments { get; }

    /// <summary>The score of a unit.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The score.</returns>
    /// <exception cref="KeyNotFoundException">The unit was not in the table.</exception>
    public MultiLevelScore this[UnitId unit] =>
        byUnit.TryGetValue(unit, out var score) ? score : throw new KeyNotFoundException($"Unit '{unit}' was not in the table.");
}
