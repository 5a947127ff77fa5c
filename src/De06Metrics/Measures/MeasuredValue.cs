using System.Globalization;
using De06Metrics.Text;

namespace De06Metrics.Measures;

/// <summary>
/// One value of an indicator, in its measure's own unit, with the numerator and denominator when they are known:
/// a rate of 88,8 (percent), a rate of 17/17, a count of 17 out of a total of 33, an amount, a score, a rank, yes/no.
/// </summary>
/// <remarks>
/// <para>
/// The meaning of <see cref="Value"/> follows the measure: percent for a rate (<see cref="FromRateParts"/> computes it
/// from the parts), the count itself for a count of a total (<see cref="FromCountOfTotal"/>), whole currency units for
/// money, 1 or 0 for yes/no. <see cref="Measure"/> checks that a value fits it (see <see cref="Measure"/>'s
/// <c>Accepts</c>); this type only checks what holds for every measure.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public readonly struct MeasuredValue : IEquatable<MeasuredValue>, IFormattable
{
    // The parts are kept as plain decimals, a denominator of zero meaning none (a known denominator is always
    // positive): 48 bytes a value instead of 64 with two nullable decimals.
    private readonly decimal numerator;
    private readonly decimal denominator;

    private MeasuredValue(decimal value) => Value = value;

    private MeasuredValue(decimal value, decimal? numerator, decimal? denominator)
    {
        Value = value;
        this.numerator = numerator ?? 0m;
        this.denominator = denominator ?? 0m;
    }

    /// <summary>The value in the measure's own unit.</summary>
    public decimal Value { get; }

    /// <summary>The numerator (the part, or the count), when known.</summary>
    public decimal? Numerator => HasParts ? numerator : null;

    /// <summary>The denominator (the whole, or the total), when known; always positive.</summary>
    public decimal? Denominator => HasParts ? denominator : null;

    /// <summary>Whether the numerator and denominator are known.</summary>
    public bool HasParts => decimal.Sign(denominator) > 0;

    /// <summary>A plain value: a percent, a count, an amount, a score or a rank position.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The measured value.</returns>
    public static MeasuredValue Of(decimal value) => new(value);

    /// <summary>
    /// A rate from its parts; the value is the percent: <c>FromRateParts(17, 17)</c> has value 100. This is the one way
    /// to give a rate with parts as an indicator's value (a <see cref="Rate"/> without parts is <see cref="Of"/> its
    /// percent; <see cref="ToRate"/> goes back).
    /// </summary>
    /// <param name="numerator">The part counted; not negative.</param>
    /// <param name="denominator">The whole; positive.</param>
    /// <returns>The measured value.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The numerator is negative or the denominator not positive.</exception>
    public static MeasuredValue FromRateParts(decimal numerator, decimal denominator)
    {
        EnsureParts(numerator, denominator, allowAboveWhole: true);
        return new(PercentOf(numerator, denominator), numerator, denominator);
    }

    /// <summary>A count out of a known total; the value is the count: 17 models of 33.</summary>
    /// <param name="count">The count; not negative.</param>
    /// <param name="total">The total; positive and not below the count.</param>
    /// <returns>The measured value.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The count is negative, the total not positive, or the count above the total.</exception>
    public static MeasuredValue FromCountOfTotal(decimal count, decimal total)
    {
        EnsureParts(count, total, allowAboveWhole: false);
        return new(count, count, total);
    }

    /// <summary>A position in a field of a known size; the value is the position: 11th of 63 provinces.</summary>
    /// <param name="position">The position, a whole number from 1.</param>
    /// <param name="fieldSize">How many were ranked; a whole number not below the position.</param>
    /// <returns>The measured value, with the position as numerator and the field size as denominator.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The position is below 1 or not whole, or the field is smaller than the position or not whole.</exception>
    public static MeasuredValue FromRank(decimal position, decimal fieldSize)
    {
        if (position < 1m || decimal.Truncate(position) != position)
        {
            throw new ArgumentOutOfRangeException(nameof(position), position,
                $"A rank position is a whole number from 1; {position.ToString(CultureInfo.InvariantCulture)} was given.");
        }

        if (fieldSize < position || decimal.Truncate(fieldSize) != fieldSize)
        {
            throw new ArgumentOutOfRangeException(nameof(fieldSize), fieldSize,
                $"A field of {fieldSize.ToString(CultureInfo.InvariantCulture)} cannot hold position {position.ToString(CultureInfo.InvariantCulture)}; the field size is a whole number not below the position.");
        }

        return new(position, position, fieldSize);
    }

    /// <summary>Yes (1) or no (0).</summary>
    /// <param name="value">The answer.</param>
    /// <returns>The measured value.</returns>
    public static MeasuredValue FromBoolean(bool value) => new(value ? 1m : 0m);

    /// <summary>The value as a rate; requires a value that is a valid percent.</summary>
    /// <returns>The rate, with parts when known.</returns>
    /// <exception cref="InvalidOperationException">The value is negative, so it is no rate.</exception>
    public Rate ToRate()
    {
        if (HasParts)
        {
            return Rate.FromParts(Numerator!.Value, Denominator!.Value, allowAboveWhole: true);
        }

        if (Value < 0m)
        {
            throw new InvalidOperationException($"The value {Value.ToString(CultureInfo.InvariantCulture)} is negative and cannot be a rate.");
        }

        return Rate.FromPercent(Value, allowAboveWhole: true);
    }

    /// <summary>
    /// numerator × 100 / denominator, multiplying first so that 17/17 is exactly 100. When the product would pass
    /// decimal's range the quotient is taken first; when the percent itself is out of range, the error names the
    /// numerator and denominator rather than surfacing a bare <see cref="OverflowException"/>.
    /// </summary>
    internal static decimal PercentOf(decimal numerator, decimal denominator, string paramName = "numerator")
    {
        try
        {
            return numerator <= decimal.MaxValue / 100m ? numerator * 100m / denominator : numerator / denominator * 100m;
        }
        catch (OverflowException)
        {
            throw new ArgumentOutOfRangeException(paramName, numerator, string.Create(CultureInfo.InvariantCulture,
                $"The percent {numerator}/{denominator} × 100 lies beyond the range of decimal (±7,9 × 10^28); no rate can hold it."));
        }
    }

    internal static void EnsureParts(decimal numerator, decimal denominator, bool allowAboveWhole)
    {
        if (denominator <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(denominator), denominator,
                $"A denominator must be positive; {denominator.ToString(CultureInfo.InvariantCulture)} was given. A unit with nothing to count has no rate: record no value for it.");
        }

        if (numerator < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(numerator), numerator,
                $"A numerator must not be negative; {numerator.ToString(CultureInfo.InvariantCulture)} was given.");
        }

        if (!allowAboveWhole && numerator > denominator)
        {
            throw new ArgumentOutOfRangeException(nameof(numerator), numerator,
                $"The numerator {numerator.ToString(CultureInfo.InvariantCulture)} exceeds the denominator {denominator.ToString(CultureInfo.InvariantCulture)}, which this measure forbids.");
        }
    }

    /// <inheritdoc />
    public bool Equals(MeasuredValue other) => Value == other.Value && Numerator == other.Numerator && Denominator == other.Denominator;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MeasuredValue other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Value, Numerator, Denominator);

    /// <summary>Equality of value and parts.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(MeasuredValue left, MeasuredValue right) => left.Equals(right);

    /// <summary>Inequality of value or parts.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(MeasuredValue left, MeasuredValue right) => !left.Equals(right);

    /// <summary>Writes the value and, when known, its parts, in invariant form: <c>51.515…</c> or <c>17/33 → 17</c>.</summary>
    /// <returns>The text, for diagnostics.</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>
    /// Writes the value and its parts in invariant form, for diagnostics: a value has no unit and no language of its
    /// own (write it for readers through its <see cref="Measure"/>'s <c>FormatValue</c>).
    /// </summary>
    /// <param name="format">
    /// The measure formats (the table in docs/concepts.md, "Format strings"): <c>null</c>, empty or <c>G</c> for every
    /// decimal the value has (<c>17/33 → 51.515…</c>); <c>N</c> and a digit count (<c>N2</c>) for the value rounded to
    /// that many (<c>17/33 → 51.52</c>).
    /// </param>
    /// <param name="formatProvider">Not used: the text is always invariant.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format is none of those.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var value = NumericFormat.Decimals(format, "value") is { } decimals
            ? Math.Round(Value, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
            : Value.ToString(CultureInfo.InvariantCulture);
        return HasParts
            ? string.Create(CultureInfo.InvariantCulture, $"{Numerator}/{Denominator} → {value}")
            : value;
    }
}
