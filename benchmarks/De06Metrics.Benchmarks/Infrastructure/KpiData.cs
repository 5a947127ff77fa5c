namespace De06Metrics.Benchmarks.Infrastructure;

/// <summary>
/// Deterministic data shaped like the figures the library is for: rates from 0 to 100 with a fixed number of
/// decimals (so that large sets hold many ties) and a share of missing values.
/// </summary>
internal static class KpiData
{
    /// <summary>Rates from 0 to 100 in steps of 10^−<paramref name="decimals"/>, NaN for a missing value.</summary>
    /// <param name="count">How many values.</param>
    /// <param name="seed">The seed, so that every run measures the same data.</param>
    /// <param name="missingShare">The share of NaN, such as 0,01.</param>
    /// <param name="decimals">The decimals of each value; 2 gives 10 001 distinct values.</param>
    /// <returns>The values.</returns>
    public static double[] Rates(int count, int seed, double missingShare, int decimals = 2)
    {
        var random = new Random(seed);
        var steps = (int)Math.Pow(10, decimals) * 100;
        var scale = Math.Pow(10, decimals);
        var values = new double[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = random.NextDouble() < missingShare ? double.NaN : random.Next(steps + 1) / scale;
        }

        return values;
    }

    /// <summary>The same values as exact decimals, <see langword="null"/> for NaN.</summary>
    /// <param name="values">The values.</param>
    /// <returns>The decimals.</returns>
    public static decimal?[] ToNullableDecimals(double[] values) =>
        Array.ConvertAll(values, value => double.IsNaN(value) ? (decimal?)null : (decimal)value);
}
