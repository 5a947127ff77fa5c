using De06Metrics.Composite;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Benchmarks.Composite;

/// <summary>
/// 10 000 units × 20 rate indicators (every fourth one lower-is-better), values 0 to 100 with one decimal and 5 %
/// missing, in the three shapes the benchmarks read: a column-major <c>double</c> matrix with NaN for missing, the same
/// as <c>decimal?</c>, and an <see cref="IndicatorTable"/>.
/// </summary>
internal sealed class UnitTableData
{
    public const int Units = 10_000;
    public const int IndicatorCount = 20;
    public const double MissingShare = 0.05;

    public UnitTableData()
    {
        Indicators = [.. Enumerable.Range(0, IndicatorCount).Select(j => new Indicator(
            new IndicatorCode($"I{j:00}"),
            new LocalizedText($"Chỉ tiêu {j}", $"Indicator {j}"),
            Measure.Rate,
            j % 4 == 3 ? Polarity.LowerIsBetter : Polarity.HigherIsBetter))];

        var random = new Random(42);
        Matrix = new double[Units * IndicatorCount];
        ExactMatrix = new decimal?[Units * IndicatorCount];
        var builder = new IndicatorTableBuilder();
        for (var i = 0; i < Units; i++)
        {
            var unit = new UnitId($"U{i:00000}");
            builder.AddUnit(unit);
            for (var j = 0; j < IndicatorCount; j++)
            {
                var missing = random.NextDouble() < MissingShare;
                var tenths = random.Next(0, 1001);
                Matrix[(j * Units) + i] = missing ? double.NaN : tenths / 10.0;
                if (!missing)
                {
                    ExactMatrix[(j * Units) + i] = tenths / 10m;
                    builder.Set(unit, Indicators[j].Code, tenths / 10m);
                }
            }
        }

        Table = builder.ToTable();
    }

    /// <summary>The indicators, in column order.</summary>
    public IReadOnlyList<Indicator> Indicators { get; }

    /// <summary>Column-major: the 10 000 values of indicator 0, then of indicator 1, …; NaN for missing.</summary>
    public double[] Matrix { get; }

    /// <summary>The same values, exact, <see langword="null"/> for missing.</summary>
    public decimal?[] ExactMatrix { get; }

    /// <summary>The same values as a table of units by indicator code.</summary>
    public IndicatorTable Table { get; }
}
