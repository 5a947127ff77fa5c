using System.Globalization;
using De06Metrics.Text;

namespace De06Metrics.Measures;

/// <summary>
/// A rate in percent (88,8%), kept as its numerator and denominator when they are known (17/33).
/// Subtracting two rates gives <see cref="PercentagePoints"/>, never a percent.
/// </summary>
/// <remarks>
/// <para>
/// A rate built from parts keeps them, so that rates of several units can be combined by adding numerators and
/// denominators, the only correct way: 80/100 and 30/50 give 110/150 = 73,33%, not the 70% mean of the percentages.
/// </para>
/// <para>
/// Equality compares the percent and the parts: 1/2 and 2/4 are the same percent but different rates, since they
/// weigh differently in a combination. Ordering compares the percent only. Immutable and thread-safe.
/// </para>
/// </remarks>
public readonly struct Rate : IEquatable<Rate>, IComparable<Rate>, IComparable, IFormattable
{
    private Rate(decimal percent, decimal? numerator, decimal? denominator)
    {
        Percent = percent;
        Numerator = numerator;
        Denominator = denominator;
    }

    /// <summary>The rate in percent: 88,8 for 88,8%.</summary>
    public decimal Percent { get; }

    /// <summary>The numerator, when the rate was built from parts.</summary>
    public decimal? Numerator { get; }

    /// <summary>The denominator, when the rate was built from parts; always positive.</summary>
    public decimal? Denominator { get; }

    /// <summary>Whether the numerator and denominator are known.</summary>
    public bool HasParts => Denominator.HasValue;

    /// <summary>The rate as a fraction of one: 0,888 for 88,8%.</summary>
    public decimal Fraction => Percent / 100m;

    /// <summary>Creates a rate from a percent whose parts are not known.</summary>
    /// <param name="percent">The percent, 0 to 100 (or more when <paramref name="allowAboveWhole"/>).</param>
    /// <param name="allowAboveWhole">Whether a percent above 100 is valid for this rate.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is negative, or above 100 when not allowed.</exception>
    public static Rate FromPercent(decimal percent, bool allowAboveWhole = false)
    {
        if (percent < 0m || (!allowAboveWhole && percent > 100m))
        {
            throw new ArgumentOutOfRangeException(nameof(percent), percent,
                $"A rate must lie between 0% and {(allowAboveWhole ? "any" : "100%")}; {percent.ToString(CultureInfo.InvariantCulture)}% was given.");
        }

        return new(percent, null, null);
    }

    /// <summary>Creates a rate from its parts: <c>FromParts(17, 33)</c> is 17/33 = 51,51…%.</summary>
    /// <param name="numerator">The part counted; not negative.</param>
    /// <param name="denominator">The whole; positive.</param>
    /// <param name="allowAboveWhole">Whether the numerator may exceed the denominator.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A part is out of range (see the parameters), or the percent lies beyond decimal's range.</exception>
    public static Rate FromParts(decimal numerator, decimal denominator, bool allowAboveWhole = false)
    {
        MeasuredValue.EnsureParts(numerator, denominator, allowAboveWhole);
        return new(MeasuredValue.PercentOf(numerator, denominator), numerator, denominator);
    }

    /// <summary>The difference between two rates, in percentage points.</summary>
    /// <param name="left">The rate to subtract from.</param>
    /// <param name="right">The rate to subtract.</param>
    /// <returns>The difference: 88,8% − 70% = 18,8 points.</returns>
    public static PercentagePoints operator -(Rate left, Rate right) => PercentagePoints.FromValue(left.Percent - right.Percent);

    /// <summary>The difference between two rates, in percentage points.</summary>
    /// <param name="left">The rate to subtract from.</param>
    /// <param name="right">The rate to subtract.</param>
    /// <returns>The difference.</returns>
    public static PercentagePoints Subtract(Rate left, Rate right) => left - right;

    /// <summary>Moves a rate by a number of percentage points; the result has no parts.</summary>
    /// <param name="rate">The rate.</param>
    /// <param name="points">The points to add.</param>
    /// <returns>The moved rate: 70% + 18,8 points = 88,8%.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The result would be negative.</exception>
    public static Rate operator +(Rate rate, PercentagePoints points) => Add(rate, points);

    /// <summary>Moves a rate by a number of percentage points; the result has no parts.</summary>
    /// <param name="rate">The rate.</param>
    /// <param name="points">The points to add.</param>
    /// <returns>The moved rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The result would be negative, or beyond decimal's range.</exception>
    public static Rate Add(Rate rate, PercentagePoints points)
    {
        decimal percent;
        try
        {
            percent = rate.Percent + points.Value;
        }
        catch (OverflowException)
        {
            throw new ArgumentOutOfRangeException(nameof(points), points.Value,
                $"{rate.Percent.ToString(CultureInfo.InvariantCulture)}% moved by {points.Value.ToString(CultureInfo.InvariantCulture)} points lies beyond the range of decimal.");
        }

        if (percent < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(points), points.Value,
                $"{rate.Percent.ToString(CultureInfo.InvariantCulture)}% moved by {points.Value.ToString(CultureInfo.InvariantCulture)} points would be negative.");
        }

        return new(percent, null, null);
    }

    /// <summary>
    /// Combines rates by adding their numerators and denominators; every rate must have parts.
    /// 80/100 and 30/50 combine to 110/150 = 73,33%.
    /// </summary>
    /// <param name="rates">The rates to combine; at least one.</param>
    /// <returns>The combined rate, with parts.</returns>
    /// <exception cref="ArgumentException">The sequence is empty, a rate has no parts, or the sums pass decimal's range.</exception>
    public static Rate Combine(IEnumerable<Rate> rates)
    {
        ArgumentNullException.ThrowIfNull(rates);
        decimal numerator = 0m, denominator = 0m;
        var index = 0;
        foreach (var rate in rates)
        {
            if (!rate.HasParts)
            {
                throw new ArgumentException($"Rate {index} ({rate.Percent.ToString(CultureInfo.InvariantCulture)}%) has no numerator and denominator; rates combine only by their parts.", nameof(rates));
            }

            try
            {
                numerator += rate.Numerator!.Value;
                denominator += rate.Denominator!.Value;
            }
            catch (OverflowException e)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"Adding rate {index} ({rate.Numerator}/{rate.Denominator}) takes the sum of the numerators or denominators beyond the range of decimal (±7,9 × 10^28)."),
                    nameof(rates), e);
            }

            index++;
        }

        if (index == 0)
        {
            throw new ArgumentException("At least one rate is needed to combine.", nameof(rates));
        }

        return new(MeasuredValue.PercentOf(numerator, denominator, nameof(rates)), numerator, denominator);
    }

    /// <inheritdoc />
    public bool Equals(Rate other) => Percent == other.Percent && Numerator == other.Numerator && Denominator == other.Denominator;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Rate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Percent, Numerator, Denominator);

    /// <summary>Compares the percents of two rates.</summary>
    /// <param name="other">The other rate.</param>
    /// <returns>The order of the percents.</returns>
    public int CompareTo(Rate other) => Percent.CompareTo(other.Percent);

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Rate other => CompareTo(other),
        _ => throw new ArgumentException($"Cannot compare a rate with {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>Equality of percent and parts.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Rate left, Rate right) => left.Equals(right);

    /// <summary>Inequality of percent or parts.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(Rate left, Rate right) => !left.Equals(right);

    /// <summary>Whether one rate's percent is below another's.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(Rate left, Rate right) => left.Percent < right.Percent;

    /// <summary>Whether one rate's percent is above another's.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(Rate left, Rate right) => left.Percent > right.Percent;

    /// <summary>Whether one rate's percent is at most another's.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(Rate left, Rate right) => left.Percent <= right.Percent;

    /// <summary>Whether one rate's percent is at least another's.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(Rate left, Rate right) => left.Percent >= right.Percent;

    /// <summary>Writes the rate with one decimal in the current culture's language.</summary>
    /// <returns>The text, such as "17/33 (51.5%)".</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>Writes the rate: "88,8%" or, with parts, "17/33 (51,5%)".</summary>
    /// <param name="format">
    /// The measure formats (the table in docs/concepts.md, "Format strings"): <c>null</c>, empty or <c>G</c>: the parts
    /// when known, then the percent with one decimal; <c>N</c> followed by a digit count (<c>N2</c>): the same with that
    /// many decimals; <c>P</c> followed by a digit count (<c>P2</c>): the percent alone with that many decimals (one
    /// without a count); <c>F</c>: the parts alone ("17/33"), or the percent when there are none.
    /// </param>
    /// <param name="formatProvider">A <see cref="Language"/> or culture; <see langword="null"/> for the current culture.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format is not one of those above.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var (letter, decimals, _) = NumericFormat.Parse(format, "rate", ownLetters: "F", ownCountLetters: "P");
        var language = Language.FromProvider(formatProvider);
        var percent = Measure.Rate.FormatValue(Percent, decimals ?? 1, language);
        var parts = HasParts ? $"{language.FormatNumber(Numerator!.Value, DecimalsOf(Numerator.Value))}/{language.FormatNumber(Denominator!.Value, DecimalsOf(Denominator.Value))}" : null;
        return letter switch
        {
            'F' => parts ?? percent,
            'P' => percent,
            _ => parts is null ? percent : $"{parts} ({percent})",
        };
    }

    private static int DecimalsOf(decimal value) => (decimal.GetBits(value)[3] >> 16) & 0xFF;
}
