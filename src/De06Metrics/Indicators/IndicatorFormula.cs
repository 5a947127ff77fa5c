using System.Collections.Immutable;
using System.Globalization;
using De06Metrics.Measures;

namespace De06Metrics.Indicators;

/// <summary>
/// How a computed indicator is defined from others: a ratio (money per household, visits per 1 000 people), a share
/// of another indicator, a difference or a sum. The indicator's value for a unit and period is computed from the
/// parts' values for the same unit and period; it is never reported (see <see cref="Indicator.DefinedAs"/>).
/// </summary>
/// <remarks>
/// <para>
/// A parent unit's value is computed again from the parts' values of the parent, which roll up by their own rules:
/// two communes with 10 of 100 and 30 of 100 give 40 of 200 = 0,2, never the mean of 0,1 and 0,3.
/// </para>
/// <para>
/// A part without a value gives no value, <see cref="NotMeaningfulReason.MissingPart"/>; a zero denominator
/// <see cref="NotMeaningfulReason.ZeroDenominator"/>; a result that does not fit the indicator's measure (a negative
/// count) <see cref="NotMeaningfulReason.OutsideMeasure"/>; a result past decimal's range
/// <see cref="NotMeaningfulReason.OutOfRange"/>. A formula that refers to its own indicator, directly or through
/// others, is refused when the scorecard is built. Immutable and thread-safe; equal when kind and parts are equal.
/// </para>
/// </remarks>
public sealed class IndicatorFormula : IEquatable<IndicatorFormula>
{
    private IndicatorFormula(FormulaKind kind, ImmutableArray<IndicatorCode> parts)
    {
        Kind = kind;
        Parts = parts;
    }

    /// <summary>How the value follows from the parts.</summary>
    public FormulaKind Kind { get; }

    /// <summary>The indicators the value is computed from, in order: numerator then denominator, part then whole, minuend then subtrahend.</summary>
    public ImmutableArray<IndicatorCode> Parts { get; }

    /// <summary>
    /// The numerator divided by the denominator, per the computed indicator's <see cref="Measure.PerQuantity"/>:
    /// <c>Ratio(CREDIT.LENT, CREDIT.HOUSEHOLDS)</c> is the loan per household.
    /// </summary>
    /// <param name="numerator">The indicator divided: a count or money.</param>
    /// <param name="denominator">The indicator divided by: a count whose unit names what the result is per.</param>
    /// <returns>The formula.</returns>
    /// <exception cref="ArgumentException">A code is <c>default</c>.</exception>
    public static IndicatorFormula Ratio(IndicatorCode numerator, IndicatorCode denominator) =>
        new(FormulaKind.Ratio, [Checked(numerator, nameof(numerator)), Checked(denominator, nameof(denominator))]);

    /// <summary>One indicator as a percent of another, a rate: households borrowing as a share of all households.</summary>
    /// <param name="part">The part.</param>
    /// <param name="whole">The whole, in the same measure as the part.</param>
    /// <returns>The formula.</returns>
    /// <exception cref="ArgumentException">A code is <c>default</c>.</exception>
    public static IndicatorFormula Share(IndicatorCode part, IndicatorCode whole) =>
        new(FormulaKind.Share, [Checked(part, nameof(part)), Checked(whole, nameof(whole))]);

    /// <summary>One indicator less another, in their common measure.</summary>
    /// <param name="minuend">The indicator subtracted from.</param>
    /// <param name="subtrahend">The indicator subtracted.</param>
    /// <returns>The formula.</returns>
    /// <exception cref="ArgumentException">A code is <c>default</c>.</exception>
    public static IndicatorFormula Difference(IndicatorCode minuend, IndicatorCode subtrahend) =>
        new(FormulaKind.Difference, [Checked(minuend, nameof(minuend)), Checked(subtrahend, nameof(subtrahend))]);

    /// <summary>The sum of two indicators or more, in their common measure.</summary>
    /// <param name="parts">The indicators added; at least two.</param>
    /// <returns>The formula.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parts"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Fewer than two parts are given, or a code is <c>default</c>.</exception>
    public static IndicatorFormula Sum(params IEnumerable<IndicatorCode> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var list = parts.ToImmutableArray();
        if (list.Length < 2)
        {
            throw new ArgumentException($"A sum adds two indicators or more; {list.Length} {(list.Length == 1 ? "was" : "were")} given.", nameof(parts));
        }

        foreach (var part in list)
        {
            Checked(part, nameof(parts));
        }

        return new(FormulaKind.Sum, list);
    }

    /// <summary>
    /// Whether a computed indicator's measure follows from its parts' measures, and if not, why: a ratio of money (or a
    /// count) to a count is the money (or count) per the count's unit; a share is a rate of two parts in one unit; a
    /// difference or a sum is in the parts' common unit. The money scale a result is written at is free.
    /// </summary>
    /// <param name="result">The computed indicator's measure.</param>
    /// <param name="parts">The parts' measures, in the order of <see cref="Parts"/>.</param>
    /// <returns>Why the measure does not follow, for a developer (English), or <see langword="null"/> when it does.</returns>
    internal string? MeasureProblem(Measure result, IReadOnlyList<Measure> parts)
    {
        switch (Kind)
        {
            case FormulaKind.Ratio:
                var (numerator, denominator) = (parts[0], parts[1]);
                if (numerator.Kind is not (MeasureKind.Count or MeasureKind.Money) || numerator.PerUnit is not null)
                {
                    return $"a ratio divides a count or money, not {numerator}.";
                }

                if (denominator.Kind != MeasureKind.Count || denominator.CountUnit is null || denominator.PerUnit is not null)
                {
                    return $"a ratio divides by a count whose unit names what the result is per, not {denominator}.";
                }

                return result.Kind == numerator.Kind && result.Currency == numerator.Currency && Nullable.Equals(result.CountUnit, numerator.CountUnit) &&
                       Nullable.Equals(result.PerUnit, denominator.CountUnit)
                    ? null
                    : $"the measure {result} does not follow from its parts: {numerator} per {denominator.CountUnit.Value.English ?? denominator.CountUnit.Value.Vietnamese} is expected.";
            case FormulaKind.Share:
                if (parts[0].Kind is not (MeasureKind.Count or MeasureKind.Money) || !parts[0].SameUnitAs(parts[1]))
                {
                    return $"a share divides a count or money by another in the same unit, not {parts[0]} by {parts[1]}.";
                }

                return result.Kind == MeasureKind.Rate ? null : $"the measure {result} does not follow from its parts: a share is a rate.";
            default:
                var first = parts[0];
                if (first.Kind is not (MeasureKind.Count or MeasureKind.Money) || parts.Any(part => !part.SameUnitAs(first)))
                {
                    return $"a {(Kind == FormulaKind.Sum ? "sum" : "difference")} takes counts or money all in one unit, not {string.Join(", ", parts)}.";
                }

                return result.SameUnitAs(first) ? null : $"the measure {result} does not follow from its parts: {first} is expected.";
        }
    }

    /// <summary>
    /// The value computed from the parts' values by the formula, or <see langword="null"/> with the reason it has none.
    /// </summary>
    /// <param name="measure">The computed indicator's measure: its <see cref="Measure.PerQuantity"/> scales a ratio, and the result must fit it.</param>
    /// <param name="parts">The parts' values for one unit and period, in the order of <see cref="Parts"/>; <see langword="null"/> for a missing one.</param>
    /// <param name="reason">Why there is no value, or <see cref="NotMeaningfulReason.None"/>.</param>
    internal MeasuredValue? Compute(Measure measure, ReadOnlySpan<MeasuredValue?> parts, out NotMeaningfulReason reason)
    {
        foreach (var part in parts)
        {
            if (part is null)
            {
                reason = NotMeaningfulReason.MissingPart;
                return null;
            }
        }

        Span<decimal> values = parts.Length <= 16 ? stackalloc decimal[parts.Length] : new decimal[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            values[i] = parts[i]!.Value.Value;
        }

        return Compute(measure, values, out reason);
    }

    /// <summary>
    /// The value computed by the formula from the parts' values, every part having one, or <see langword="null"/>
    /// with the reason it has none (see <see cref="Compute(Measure, ReadOnlySpan{MeasuredValue?}, out NotMeaningfulReason)"/>).
    /// </summary>
    /// <param name="measure">The computed indicator's measure.</param>
    /// <param name="parts">The parts' values for one unit and period, in the order of <see cref="Parts"/>.</param>
    /// <param name="reason">Why there is no value, or <see cref="NotMeaningfulReason.None"/>.</param>
    internal MeasuredValue? Compute(Measure measure, ReadOnlySpan<decimal> parts, out NotMeaningfulReason reason)
    {
        decimal value;
        try
        {
            switch (Kind)
            {
                case FormulaKind.Ratio or FormulaKind.Share:
                    var denominator = parts[1];
                    if (denominator == 0m)
                    {
                        reason = NotMeaningfulReason.ZeroDenominator;
                        return null;
                    }

                    var numerator = parts[0];
                    var factor = Kind == FormulaKind.Share ? 100m : measure.PerQuantity;
                    // Multiplying first keeps 17 × 100 / 17 exactly 100; past decimal's range the quotient goes first. A
                    // factor of 1 (money per household) changes nothing, so the one division is all there is to do.
                    value = factor == 1m ? numerator / denominator
                        : Math.Abs(numerator) <= decimal.MaxValue / factor ? numerator * factor / denominator : numerator / denominator * factor;
                    break;
                case FormulaKind.Difference:
                    value = parts[0] - parts[1];
                    break;
                default:
                    value = 0m;
                    foreach (var part in parts)
                    {
                        value += part;
                    }

                    break;
            }
        }
        catch (OverflowException)
        {
            reason = NotMeaningfulReason.OutOfRange;
            return null;
        }

        var result = MeasuredValue.Of(value);
        if (!measure.Accepts(result, out _))
        {
            reason = NotMeaningfulReason.OutsideMeasure;
            return null;
        }

        reason = NotMeaningfulReason.None;
        return result;
    }

    private static IndicatorCode Checked(IndicatorCode code, string paramName) => code == default
        ? throw new ArgumentException("A formula's part needs a code; default(IndicatorCode) was given.", paramName)
        : code;

    /// <inheritdoc />
    public bool Equals(IndicatorFormula? other) => other is not null && Kind == other.Kind && Parts.SequenceEqual(other.Parts);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as IndicatorFormula);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Kind);
        foreach (var part in Parts)
        {
            hash.Add(part);
        }

        return hash.ToHashCode();
    }

    /// <summary>Describes the formula: <c>CREDIT.LENT / CREDIT.HOUSEHOLDS</c>, <c>A share of B</c>, <c>A - B</c>, <c>A + B + C</c>.</summary>
    /// <returns>The text, for diagnostics.</returns>
    public override string ToString() => Kind switch
    {
        FormulaKind.Ratio => string.Create(CultureInfo.InvariantCulture, $"{Parts[0]} / {Parts[1]}"),
        FormulaKind.Share => $"{Parts[0]} share of {Parts[1]}",
        FormulaKind.Difference => $"{Parts[0]} - {Parts[1]}",
        _ => string.Join(" + ", Parts),
    };
}
