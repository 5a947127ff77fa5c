using De06Metrics.Measures;
using De06Metrics.Ranking;
using De06Metrics.Units;

namespace De06Metrics.Composite;

/// <summary>
/// A composite index computed over a table: one score per unit, the units ranked by their composite, and the
/// statistics of each indicator.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CompositeResult
{
    private readonly Dictionary<UnitId, CompositeScore> byUnit;

    internal CompositeResult(CompositeIndex index, IReadOnlyList<CompositeScore> scores, UnitRanking<UnitId> ranking, IReadOnlyList<ComponentStatistics> statistics)
    {
        Index = index;
        Scores = scores;
        Ranking = ranking;
        Statistics = statistics;
        byUnit = scores.ToDictionary(score => score.Unit);
    }

    /// <summary>The index.</summary>
    public CompositeIndex Index { get; }

    /// <summary>One score per unit of the table, in the table's order.</summary>
    public IReadOnlyList<CompositeScore> Scores { get; }

    /// <summary>
    /// The units with a composite ranked higher first by standard competition ranking ("1224": ties share the best
    /// place, as <c>RANK.EQ</c>); the units without one are listed in <see cref="UnitRanking{TKey}.Unranked"/>.
    /// </summary>
    public UnitRanking<UnitId> Ranking { get; }

    /// <summary>One entry per component, in the index's order: the figures the normalisation used.</summary>
    public IReadOnlyList<ComponentStatistics> Statistics { get; }

    /// <summary>The score of a unit.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The score.</returns>
    /// <exception cref="KeyNotFoundException">The unit was not in the table.</exception>
    public CompositeScore this[UnitId unit] =>
        byUnit.TryGetValue(unit, out var score) ? score : throw new KeyNotFoundException($"Unit '{unit}' was not in the table.");

    /// <summary>Finds the score of a unit.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="score">The score, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the unit was in the table.</returns>
    public bool TryGetScore(UnitId unit, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CompositeScore? score) =>
        byUnit.TryGetValue(unit, out score);

    /// <summary>
    /// Ranks the units by their composite, higher first, with another tie method than <see cref="Ranking"/>'s
    /// "1224": <see cref="TieMethod.Max"/> ("1334"), <see cref="TieMethod.Dense"/> ("1223") or
    /// <see cref="TieMethod.First"/> ("1234", ties in table order).
    /// </summary>
    /// <param name="ties">How tied composites share places; a place is whole, so not <see cref="TieMethod.Average"/>.</param>
    /// <returns>The ranking; units without a composite are unranked.</returns>
    /// <exception cref="ArgumentException"><paramref name="ties"/> is <see cref="TieMethod.Average"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ties"/> is not defined.</exception>
    public UnitRanking<UnitId> Rank(TieMethod ties)
    {
        if (ties == TieMethod.Average)
        {
            throw new ArgumentException("A place is a whole number, so ties cannot share an average place; use Min, Max, Dense or First.", nameof(ties));
        }

        return Ranks.ByUnit(Scores.Select(score => KeyValuePair.Create(score.Unit, score.Value)), new RankOptions(Polarity.HigherIsBetter, ties));
    }
}
