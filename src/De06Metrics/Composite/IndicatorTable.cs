using System.Collections.ObjectModel;
using De06Metrics.Indicators;
using De06Metrics.Units;

namespace De06Metrics.Composite;

/// <summary>
/// A table of indicator values: one row per unit, one column per indicator code, each cell a value or missing.
/// The input of <see cref="CompositeIndex.Compute(IndicatorTable)"/> and of scoring many units at once.
/// </summary>
/// <remarks>
/// <para>
/// A missing cell is simply absent: there is no marker value, so a missing value can never be mistaken for zero.
/// Rows keep the order in which the units were given; columns the order in which codes first appeared.
/// </para>
/// <para>Build a table with <see cref="FromRows"/> or <see cref="IndicatorTableBuilder"/>. Immutable and thread-safe.</para>
/// </remarks>
public sealed class IndicatorTable
{
    private readonly Dictionary<UnitId, int> rowOf;
    private readonly Dictionary<IndicatorCode, int> columnOf;
    private readonly decimal?[] cells;
    private readonly int width;

    internal IndicatorTable(List<UnitId> units, List<IndicatorCode> codes, decimal?[] cells)
    {
        Units = new ReadOnlyCollection<UnitId>(units);
        Codes = new ReadOnlyCollection<IndicatorCode>(codes);
        rowOf = new Dictionary<UnitId, int>(units.Count);
        for (var row = 0; row < units.Count; row++)
        {
            rowOf.Add(units[row], row);
        }

        columnOf = new Dictionary<IndicatorCode, int>(codes.Count);
        for (var column = 0; column < codes.Count; column++)
        {
            columnOf.Add(codes[column], column);
        }

        this.cells = cells;
        width = codes.Count;
        ValueCount = cells.Count(cell => cell.HasValue);
    }

    /// <summary>The units, one per row, in the order given.</summary>
    public IReadOnlyList<UnitId> Units { get; }

    /// <summary>The indicator codes that have at least one value, in the order they first appeared.</summary>
    public IReadOnlyList<IndicatorCode> Codes { get; }

    /// <summary>How many cells hold a value; the others are missing.</summary>
    public int ValueCount { get; }

    /// <summary>
    /// A unit's value of an indicator, or <see langword="null"/> when it is missing (also when the code has no
    /// column at all).
    /// </summary>
    /// <param name="unit">The unit; it must be in the table.</param>
    /// <param name="code">The indicator code.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    /// <exception cref="KeyNotFoundException"><paramref name="unit"/> is not in the table.</exception>
    public decimal? this[UnitId unit, IndicatorCode code]
    {
        get
        {
            if (!rowOf.TryGetValue(unit, out var row))
            {
                throw new KeyNotFoundException($"Unit '{unit}' is not in the table.");
            }

            return columnOf.TryGetValue(code, out var column) ? cells[(row * Codes.Count) + column] : null;
        }
    }

    /// <summary>Whether the table has a row for a unit.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns><see langword="true"/> when the unit is in the table.</returns>
    public bool ContainsUnit(UnitId unit) => rowOf.ContainsKey(unit);

    /// <summary>Reads a unit's value of an indicator.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="code">The indicator code.</param>
    /// <param name="value">The value, or zero when it is missing.</param>
    /// <returns><see langword="true"/> when the unit is in the table and has a value for the code.</returns>
    public bool TryGetValue(UnitId unit, IndicatorCode code, out decimal value)
    {
        if (rowOf.TryGetValue(unit, out var row) && columnOf.TryGetValue(code, out var column) && cells[(row * Codes.Count) + column] is { } found)
        {
            value = found;
            return true;
        }

        value = 0m;
        return false;
    }

    /// <summary>
    /// Creates a table from rows: for each unit, its values by indicator code. A code a unit's row does not hold is
    /// missing for that unit. Units keep the enumeration order of <paramref name="rows"/>.
    /// </summary>
    /// <param name="rows">The values by unit, then by indicator code.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A unit id or code is <c>default</c>, or a unit's row is <see langword="null"/>.</exception>
    public static IndicatorTable FromRows(IReadOnlyDictionary<UnitId, IReadOnlyDictionary<IndicatorCode, decimal>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var builder = new IndicatorTableBuilder();
        foreach (var (unit, values) in rows)
        {
            if (values is null)
            {
                throw new ArgumentException($"The row of unit '{unit}' is null; give an empty row for a unit without data.", nameof(rows));
            }

            builder.AddUnit(unit, nameof(rows));
            foreach (var (code, value) in values)
            {
                builder.Set(unit, code, value, nameof(rows));
            }
        }

        return builder.ToTable();
    }

    internal int ColumnOf(IndicatorCode code) => columnOf.TryGetValue(code, out var column) ? column : -1;

    internal decimal? Cell(int row, int column) => column < 0 ? null : cells[(row * width) + column];
}
