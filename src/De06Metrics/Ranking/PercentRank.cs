using System.Globalization;
using System.Numerics;

namespace De06Metrics.Ranking;

/// <summary>
/// Excel's percentile ranks of a value within a data set: <c>PERCENTRANK.INC</c> (the older <c>PERCENTRANK</c>) and
/// <c>PERCENTRANK.EXC</c>, computed exactly in <see cref="decimal"/> and truncated as Excel truncates.
/// </summary>
/// <remarks>
/// <para>
/// Let n be the number of data values and k the number of values strictly less than x. When x equals a data value,
/// the inclusive rank is k / (n − 1) and the exclusive rank (k + 1) / (n + 1); ties all take the rank of the first
/// of them. When x lies strictly between two neighbouring data values a &lt; x &lt; b, the rank is interpolated
/// linearly from the position of the last copy of a: with f = (x − a) / (b − a), inclusive (k − 1 + f) / (n − 1) and
/// exclusive (k + f) / (n + 1). Microsoft documents neither formula for tied data; these are the ones LibreOffice
/// and Gnumeric implement for Excel compatibility, and they reproduce Microsoft's published examples. With one data
/// value the inclusive rank is 1 (Excel's answer; 0 / 0 otherwise) and the exclusive rank 1 / 2.
/// </para>
/// <para>
/// The result is truncated (not rounded) to <c>significance</c> decimal digits, default 3, as Excel does:
/// 5/9 = 0,5555… gives 0,555. The arithmetic is exact (integers scaled to the data's decimals), so a rank of
/// exactly 0,7 never becomes 0,699 and values far apart cannot overflow.
/// </para>
/// <para>
/// Excel's errors become exceptions: an empty data set (<c>#NUM!</c>), a significance below 1 (<c>#NUM!</c>) and an x
/// outside the range of the data (<c>#N/A</c>). The <c>Try</c> methods report the last case by returning
/// <see langword="false"/> instead. Missing values are not part of a data set: leave them out before calling.
/// All methods are thread-safe.
/// </para>
/// </remarks>
public static class PercentRank
{
    /// <summary>The number of decimal digits Excel keeps when none is given.</summary>
    public const int DefaultSignificance = 3;

    /// <summary>The most decimal digits a <see cref="decimal"/> result can hold.</summary>
    public const int MaximumSignificance = 28;

    /// <summary>
    /// Excel's <c>PERCENTRANK.INC(data, x, significance)</c>: the share of the other values below x, from 0 for the
    /// smallest value to 1 for the largest.
    /// </summary>
    /// <param name="data">The data set, in any order; not empty.</param>
    /// <param name="x">The value to rank, between the smallest and the largest data value inclusive.</param>
    /// <param name="significance">Decimal digits to keep, truncating the rest; 1 to 28.</param>
    /// <returns>The percentile rank, in [0, 1].</returns>
    /// <exception cref="ArgumentException"><paramref name="data"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="x"/> is outside the data's range (Excel's <c>#N/A</c>), or <paramref name="significance"/> is
    /// below 1 or above 28.
    /// </exception>
    public static decimal Inclusive(ReadOnlySpan<decimal> data, decimal x, int significance = DefaultSignificance) =>
        TryCompute(data, x, significance, inclusive: true, out var rank)
            ? rank
            : throw OutsideRange(data, x);

    /// <summary>
    /// Excel's <c>PERCENTRANK.EXC(data, x, significance)</c>: the rank of x on a scale that leaves room below the
    /// smallest and above the largest value, strictly between 0 and 1.
    /// </summary>
    /// <param name="data">The data set, in any order; not empty.</param>
    /// <param name="x">The value to rank, between the smallest and the largest data value inclusive.</param>
    /// <param name="significance">Decimal digits to keep, truncating the rest; 1 to 28.</param>
    /// <returns>The percentile rank, in (0, 1).</returns>
    /// <exception cref="ArgumentException"><paramref name="data"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="x"/> is outside the data's range (Excel's <c>#N/A</c>), or <paramref name="significance"/> is
    /// below 1 or above 28.
    /// </exception>
    public static decimal Exclusive(ReadOnlySpan<decimal> data, decimal x, int significance = DefaultSignificance) =>
        TryCompute(data, x, significance, inclusive: false, out var rank)
            ? rank
            : throw OutsideRange(data, x);

    /// <summary>
    /// <see cref="Inclusive"/> without an exception for an x outside the data's range: Excel's <c>#N/A</c> becomes
    /// <see langword="false"/>.
    /// </summary>
    /// <param name="data">The data set, in any order; not empty.</param>
    /// <param name="x">The value to rank.</param>
    /// <param name="rank">The percentile rank, or 0 when <paramref name="x"/> is outside the data's range.</param>
    /// <param name="significance">Decimal digits to keep, truncating the rest; 1 to 28.</param>
    /// <returns><see langword="true"/> when <paramref name="x"/> lies within the data's range.</returns>
    /// <exception cref="ArgumentException"><paramref name="data"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="significance"/> is below 1 or above 28.</exception>
    public static bool TryInclusive(ReadOnlySpan<decimal> data, decimal x, out decimal rank, int significance = DefaultSignificance) =>
        TryCompute(data, x, significance, inclusive: true, out rank);

    /// <summary>
    /// <see cref="Exclusive"/> without an exception for an x outside the data's range: Excel's <c>#N/A</c> becomes
    /// <see langword="false"/>.
    /// </summary>
    /// <param name="data">The data set, in any order; not empty.</param>
    /// <param name="x">The value to rank.</param>
    /// <param name="rank">The percentile rank, or 0 when <paramref name="x"/> is outside the data's range.</param>
    /// <param name="significance">Decimal digits to keep, truncating the rest; 1 to 28.</param>
    /// <returns><see langword="true"/> when <paramref name="x"/> lies within the data's range.</returns>
    /// <exception cref="ArgumentException"><paramref name="data"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="significance"/> is below 1 or above 28.</exception>
    public static bool TryExclusive(ReadOnlySpan<decimal> data, decimal x, out decimal rank, int significance = DefaultSignificance) =>
        TryCompute(data, x, significance, inclusive: false, out rank);

    private static bool TryCompute(ReadOnlySpan<decimal> data, decimal x, int significance, bool inclusive, out decimal rank)
    {
        if (data.IsEmpty)
        {
            throw new ArgumentException("The data set is empty; a percentile rank needs at least one value (Excel: #NUM!).", nameof(data));
        }

        if (significance is < 1 or > MaximumSignificance)
        {
            throw new ArgumentOutOfRangeException(
                nameof(significance),
                significance,
                string.Create(CultureInfo.InvariantCulture, $"The significance {significance} is outside 1 to {MaximumSignificance} (Excel: #NUM! below 1)."));
        }

        long smaller = 0;
        long equal = 0;
        var below = decimal.MinValue;
        var above = decimal.MaxValue;
        var hasBelow = false;
        var hasAbove = false;
        foreach (var value in data)
        {
            if (value < x)
            {
                smaller++;
                below = hasBelow ? Math.Max(below, value) : value;
                hasBelow = true;
            }
            else if (value > x)
            {
                above = hasAbove ? Math.Min(above, value) : value;
                hasAbove = true;
            }
            else
            {
                equal++;
            }
        }

        if (equal == 0 && (!hasBelow || !hasAbove))
        {
            rank = 0;
            return false;
        }

        long n = data.Length;
        if (n == 1)
        {
            rank = inclusive ? 1m : 0.5m;
            return true;
        }

        // The rank is an exact fraction numerator / denominator; it is built in integers scaled to the data's
        // decimals, so that neither rounding nor overflow can move it across a truncation boundary.
        BigInteger numerator;
        BigInteger denominator;
        if (equal > 0)
        {
            numerator = inclusive ? smaller : smaller + 1;
            denominator = inclusive ? n - 1 : n + 1;
        }
        else
        {
            // (k − 1 + f) / (n − 1) and (k + f) / (n + 1), with f = (x − a) / (b − a), multiplied through by (b − a).
            var scale = Math.Max(x.Scale, Math.Max(below.Scale, above.Scale));
            var a = Scaled(below, scale);
            var gap = Scaled(above, scale) - a;
            numerator = ((inclusive ? smaller - 1 : smaller) * gap) + (Scaled(x, scale) - a);
            denominator = (inclusive ? n - 1 : n + 1) * gap;
        }

        var digits = BigInteger.Pow(10, significance);
        var truncated = BigInteger.Divide(numerator * digits, denominator);
        rank = new decimal((int)(uint)(truncated & uint.MaxValue), (int)(uint)((truncated >> 32) & uint.MaxValue), (int)(uint)(truncated >> 64), isNegative: false, (byte)significance);
        return true;
    }

    /// <summary>The value times 10^scale, as an integer; <paramref name="scale"/> is at least the value's own scale.</summary>
    private static BigInteger Scaled(decimal value, int scale)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var mantissa = ((BigInteger)(uint)bits[2] << 64) | ((BigInteger)(uint)bits[1] << 32) | (uint)bits[0];
        var result = mantissa * BigInteger.Pow(10, scale - value.Scale);
        return value < 0 ? -result : result;
    }

    private static ArgumentOutOfRangeException OutsideRange(ReadOnlySpan<decimal> data, decimal x)
    {
        var min = decimal.MaxValue;
        var max = decimal.MinValue;
        foreach (var value in data)
        {
            min = Math.Min(min, value);
            max = Math.Max(max, value);
        }

        return new ArgumentOutOfRangeException(
            nameof(x),
            x,
            string.Create(CultureInfo.InvariantCulture, $"x = {x} lies outside the data's range [{min}; {max}], where a percentile rank is not defined (Excel: #N/A)."));
    }
}
