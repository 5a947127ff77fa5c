using De06Metrics.Units;

namespace De06Metrics.Composite;

/// <summary>A composite index computed over a table: one score per unit and the statistics of each indicator.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CompositeResult
{
    private readonly Dictionary<UnitId, CompositeScore> byUnit;

    internal CompositeResult(CompositeIndex index, IReadOnlyList<CompositeScore> scores, IReadOnlyList<ComponentStatistics> statistics)
    {
        Index = index;
        Scores = scores;
        Statistics = statistics;
        byUnit = scores.ToDictionary(score => score.Unit);
    }

    /// <summary>The index.</summary>
    public CompositeIndex Index { get; }

    /// <summary>One score per unit of the table, in the table's order.</summary>
    public IReadOnlyList<CompositeScore> Scores { get; }

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
}
