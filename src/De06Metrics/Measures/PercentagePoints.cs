using System.Globalization;
using De06Metrics.Text;

namespace De06Metrics.Measures;

/// <summary>
/// A difference between two rates, in percentage points ("điểm phần trăm"): 88,8% − 70% is 18,8 points.
/// It is a different quantity from a relative change in percent, and the two never convert silently.
/// </summary>
/// <remarks>Immutable and thread-safe. Arithmetic is exact <see cref="decimal"/> arithmetic.</remarks>
public readonly struct PercentagePoints : IEquatable<PercentagePoints>, IComparable<PercentagePoints>, IComparable, IFormattable
{
    private PercentagePoints(decimal value) => Value = value;

    /// <summary>Zero points.</summary>
    public static PercentagePoints Zero => default;

    /// <summary>The number of points.</summary>
    public decimal Value { get; }

    /// <summary>Creates a difference of the given number of points: <c>PercentagePoints.FromValue(18.8m)</c>.</summary>
    /// <param name="value">The points; any sign.</param>
    /// <returns>The difference.</returns>
    public static PercentagePoints FromValue(decimal value) => new(value);

    /// <summary>Adds two differences.</summary>
    /// <param name="left">The first difference.</param>
    /// <param name="right">The second difference.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The sum lies beyond decimal's range.</exception>
    public static PercentagePoints operator +(PercentagePoints left, PercentagePoints right) => new(Checked(left.Value, right.Value, "+"));

    /// <summary>Subtracts one difference from another.</summary>
    /// <param name="left">The difference to subtract from.</param>
    /// <param name="right">The difference to subtract.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The result lies beyond decimal's range.</exception>
    public static PercentagePoints operator -(PercentagePoints left, PercentagePoints right) => new(Checked(left.Value, right.Value, "-"));

    /// <summary>Negates a difference.</summary>
    /// <param name="value">The difference.</param>
    /// <returns>The negated difference.</returns>
    public static PercentagePoints operator -(PercentagePoints value) => new(-value.Value);

    /// <summary>Adds two differences.</summary>
    /// <param name="left">The first difference.</param>
    /// <param name="right">The second difference.</param>
    /// <returns>The sum.</returns>
    public static PercentagePoints Add(PercentagePoints left, PercentagePoints right) => left + right;

    /// <summary>Subtracts one difference from another.</summary>
    /// <param name="left">The difference to subtract from.</param>
    /// <param name="right">The difference to subtract.</param>
    /// <returns>The result.</returns>
    public static PercentagePoints Subtract(PercentagePoints left, PercentagePoints right) => left - right;

    /// <summary>Negates a difference.</summary>
    /// <param name="value">The difference.</param>
    /// <returns>The negated difference.</returns>
    public static PercentagePoints Negate(PercentagePoints value) => -value;

    /// <inheritdoc />
    public bool Equals(PercentagePoints other) => Value == other.Value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PercentagePoints other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(PercentagePoints other) => Value.CompareTo(other.Value);

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        PercentagePoints other => CompareTo(other),
        _ => throw new ArgumentException($"Cannot compare percentage points with {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>Equality of two differences.</summary>
    /// <param name="left">The first difference.</param>
    /// <param name="right">The second difference.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(PercentagePoints left, PercentagePoints right) => left.Equals(right);

    /// <summary>Inequality of two differences.</summary>
    /// <param name="left">The first difference.</param>
    /// <param name="right">The second difference.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(PercentagePoints left, PercentagePoints right) => !left.Equals(right);

    /// <summary>Whether one difference is smaller than another.</summary>
    /// <param name="left">The first difference.</param>
    /// <param name="right">The second difference.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(PercentagePoints left, PercentagePoints right) => left.Value < right.Value;

    /// <summary>Whether one difference is larger than another.</summary>
    /// <param name="left">The first difference.</param>
    /// <param name="right">The second difference.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(PercentagePoints left, PercentagePoints right) => left.Value > right.Value;

    /// <summary>Whether one difference is smaller than or equal to another.</summary>
    /// <param name="left">The first difference.</param>
    /// <param name="right">The second difference.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(PercentagePoints left, PercentagePoints right) => left.Value <= right.Value;

    /// <summary>Whether one difference is larger than or equal to another.</summary>
    /// <param name="left">The first difference.</param>
    /// <param name="right">The second difference.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(PercentagePoints left, PercentagePoints right) => left.Value >= right.Value;

    /// <summary>Writes the difference with one decimal in the current culture's language.</summary>
    /// <returns>The text, such as "18.8 percentage points".</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>
    /// Writes the difference with its unit: "18,8 điểm phần trăm" in Vietnamese, "18.8 percentage points" in English.
    /// </summary>
    /// <param name="format">
    /// The measure formats (the table in docs/concepts.md, "Format strings"): <c>null</c>, empty or <c>G</c> for one
    /// decimal; <c>N</c> followed by a digit count (<c>N2</c>) for that many decimals; a leading <c>+</c>
    /// (<c>+N1</c>, <c>+G</c>) writes a plus sign on positive values.
    /// </param>
    /// <param name="formatProvider">A <see cref="Language"/> or culture; <see langword="null"/> for the current culture.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format is not one of those above.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var (decimals, plus) = ParseDifferenceFormat(format);
        return Measure.Rate.FormatDifference(Value, decimals, Language.FromProvider(formatProvider), plus);
    }

    private static decimal Checked(decimal left, decimal right, string operation)
    {
        try
        {
            return operation == "+" ? left + right : left - right;
        }
        catch (OverflowException)
        {
            throw new ArgumentOutOfRangeException(nameof(right), right, string.Create(CultureInfo.InvariantCulture,
                $"{left} {operation} {right} percentage points lies beyond the range of decimal (±7,9 × 10^28)."));
        }
    }

    internal static (int Decimals, bool ExplicitPlusSign) ParseDifferenceFormat(string? format)
    {
        var (_, decimals, plus) = NumericFormat.Parse(format, "percentage-point", signed: true);
        return (decimals ?? 1, plus);
    }
}
