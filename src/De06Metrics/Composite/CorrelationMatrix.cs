using System.Collections.ObjectModel;
using De06Metrics.Text;

namespace De06Metrics.Composite;

/// <summary>
/// A symmetric matrix of correlations between the indicators, the dimensions and the index of a
/// <see cref="MultiLevelIndex"/> (COINr <c>get_corr</c> over all levels), each entry computed over the units that have
/// both values (pairwise complete, R's <c>use = "pairwise.complete.obs"</c>).
/// </summary>
/// <remarks>
/// Indicators enter with their normalised values, so a lower-is-better indicator is already turned the right way and
/// its correlations with its dimension are positive when it agrees with it. An entry is not meaningful, with its
/// reason, when fewer than three units have both values or when one of the two is constant over them. Immutable and
/// thread-safe.
/// </remarks>
public sealed class CorrelationMatrix
{
    private readonly AuditFigure[] entries;

    internal CorrelationMatrix(CorrelationMethod method, IReadOnlyList<LocalizedText> labels, AuditFigure[] entries)
    {
        Method = method;
        Labels = new ReadOnlyCollection<LocalizedText>([.. labels]);
        this.entries = entries;
    }

    /// <summary>Pearson or Spearman.</summary>
    public CorrelationMethod Method { get; }

    /// <summary>
    /// The rows and columns: the indicators' codes (in <see cref="MultiLevelIndex.Indicators"/> order), then the
    /// dimensions' codes, then the index's name.
    /// </summary>
    public IReadOnlyList<LocalizedText> Labels { get; }

    /// <summary>The number of rows (and columns).</summary>
    public int Size => Labels.Count;

    /// <summary>The correlation of row <paramref name="row"/> and column <paramref name="column"/>.</summary>
    /// <param name="row">The row, 0 to <see cref="Size"/> − 1.</param>
    /// <param name="column">The column.</param>
    /// <returns>The correlation, or why it is not meaningful.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A position is outside the matrix.</exception>
    public AuditFigure this[int row, int column]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(row);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, Size);
            ArgumentOutOfRangeException.ThrowIfNegative(column);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, Size);
            return entries[(row * Size) + column];
        }
    }
}
