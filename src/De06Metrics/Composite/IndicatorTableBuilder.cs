using System.Globalization;
using De06Metrics.Indicators;
using De06Metrics.Units;

namespace De06Metrics.Composite;

/// <summary>Collects indicator values cell by cell and makes an immutable <see cref="IndicatorTable"/> of them.</summary>
/// <remarks>
/// A builder is mutable and not thread-safe; the table it makes is immutable and independent of it. A cell is set at
/// most once: setting it again is refused rather than silently overwriting the first value.
/// </remarks>
public sealed class IndicatorTableBuilder
{
    private readonly List<UnitId> units = [];
    private readonly Dictionary<UnitId, int> rowOf = [];
    private readonly List<IndicatorCode> codes = [];
    private readonly Dictionary<IndicatorCode, int> columnOf = [];
    private readonly Dictionary<(int Row, int Column), decimal> values = [];

    /// <summary>Adds a unit's row, even if it holds no values; adding a unit that is already there does nothing.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="unit"/> is <c>default</c>.</exception>
    public IndicatorTableBuilder AddUnit(UnitId unit)
    {
        AddUnit(unit, nameof(unit));
        return this;
    }

    /// <summary>Sets a unit's value of an indicator, adding the unit's row and the code's column when new.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="code">The indicator code.</param>
    /// <param name="value">The value.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The unit or code is <c>default</c>, or the cell already has a value.</exception>
    public IndicatorTableBuilder Set(UnitId unit, IndicatorCode code, decimal value)
    {
        Set(unit, code, value, nameof(code));
        return this;
    }

    /// <summary>Makes the table of the values set so far.</summary>
    /// <returns>An immutable table.</returns>
    public IndicatorTable ToTable()
    {
        var cells = new decimal?[units.Count * codes.Count];
        foreach (var ((row, column), value) in values)
        {
            cells[(row * codes.Count) + column] = value;
        }

        return new IndicatorTable([.. units], [.. codes], cells);
    }

    internal int AddUnit(UnitId unit, string paramName)
    {
        if (unit == default)
        {
            throw new ArgumentException("A table row needs a unit id; default(UnitId) was given.", paramName);
        }

        if (!rowOf.TryGetValue(unit, out var row))
        {
            row = units.Count;
            units.Add(unit);
            rowOf.Add(unit, row);
        }

        return row;
    }

    internal void Set(UnitId unit, IndicatorCode code, decimal value, string paramName)
    {
        var row = AddUnit(unit, paramName);
        if (code == default)
        {
            throw new ArgumentException($"Unit '{unit}': a value needs an indicator code; default(IndicatorCode) was given.", paramName);
        }

        if (!columnOf.TryGetValue(code, out var column))
        {
            column = codes.Count;
            codes.Add(code);
            columnOf.Add(code, column);
        }

        if (!values.TryAdd((row, column), value))
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Unit '{unit}' already has the value {values[(row, column)]} for '{code}'; {value} was given again."),
                paramName);
        }
    }
}
