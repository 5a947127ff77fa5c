using System.Globalization;
using De06Metrics.Measures;

namespace De06Metrics.Indicators;

/// <summary>Combines child units' values of one indicator into their parent's value, by the indicator's <see cref="RollUpRule"/>.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class RollUp
{
    /// <summary>
    /// Combines values by the indicator's rule: rates add numerators and denominators (80/100 and 30/50 give 110/150 =
    /// 73,33%), sums add, a weighted mean weighs by denominators or by <paramref name="weights"/>, minimum and maximum
    /// pick (for yes/no: "all" and "any").
    /// </summary>
    /// <param name="indicator">The indicator, whose measure and rule apply.</param>
    /// <param name="values">The children's values; each must fit the indicator's measure.</param>
    /// <param name="weights">
    /// For <see cref="RollUpRule.WeightedMean"/> when the values have no parts: one non-negative weight per value
    /// (population, say), not all zero. Ignored by the other rules.
    /// </param>
    /// <returns>The combined value, or <see langword="null"/> when there are no values to combine (no data).</returns>
    /// <exception cref="ArgumentException">
    /// The indicator does not roll up; a value lacks the numerator and denominator its rule needs; the weights are
    /// missing, of another count, negative or all zero; a value does not fit the measure (the message names the value's
    /// position); or a sum passes decimal's range.
    /// </exception>
    public static MeasuredValue? Combine(Indicator indicator, IReadOnlyList<MeasuredValue> values, IReadOnlyList<decimal>? weights = null)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(values);
        for (var i = 0; i < values.Count; i++)
        {
            if (!indicator.Measure.Accepts(values[i], out var reason))
            {
                throw new ArgumentException($"Value {i} ({values[i]}) does not fit indicator '{indicator.Code}': {reason}.", nameof(values));
            }
        }

        if (indicator.RollUp == RollUpRule.None)
        {
            throw new ArgumentException($"Indicator '{indicator.Code}' does not roll up; its parent's value must be reported directly.", nameof(indicator));
        }

        if (values.Count == 0)
        {
            return null;
        }

        try
        {
            return indicator.RollUp switch
            {
                RollUpRule.AddNumeratorsAndDenominators => AddParts(indicator, values),
                RollUpRule.Sum => Sum(values),
                RollUpRule.WeightedMean => WeightedMean(indicator, values, weights),
                RollUpRule.Minimum => values.MinBy(value => value.Value),
                _ => values.MaxBy(value => value.Value),
            };
        }
        catch (OverflowException e)
        {
            // Sums of decimals are exact until they pass ±7,9 × 10^28; past that there is no right answer to give.
            throw new ArgumentException(
                $"Rolling up {values.Count} values of indicator '{indicator.Code}' by {indicator.RollUp} passes the range of decimal (±7,9 × 10^28): [{string.Join("; ", values.Take(5))}{(values.Count > 5 ? "; …" : "")}].",
                nameof(values), e);
        }
    }

    /// <summary>
    /// Whether the indicator's roll-up, without weights given, needs every value's numerator and denominator: adding
    /// them, or a weighted mean weighed by the denominators.
    /// </summary>
    internal static bool NeedsParts(Indicator indicator) =>
        indicator.RollUp is RollUpRule.AddNumeratorsAndDenominators or RollUpRule.WeightedMean;

    private static MeasuredValue AddParts(Indicator indicator, IReadOnlyList<MeasuredValue> values)
    {
        decimal numerator = 0m, denominator = 0m;
        for (var i = 0; i < values.Count; i++)
        {
            var value = values[i];
            if (!value.HasParts)
            {
                throw new ArgumentException(
                    $"Value {i} ({value}) of indicator '{indicator.Code}' has no numerator and denominator; it rolls up by adding them, never by averaging percentages.",
                    nameof(values));
            }

            numerator += value.Numerator!.Value;
            denominator += value.Denominator!.Value;
        }

        return indicator.Measure.Kind == MeasureKind.Rate
            ? MeasuredValue.FromRateParts(numerator, denominator)
            : MeasuredValue.FromCountOfTotal(numerator, denominator);
    }

    private static MeasuredValue Sum(IReadOnlyList<MeasuredValue> values)
    {
        var total = 0m;
        foreach (var value in values)
        {
            total += value.Value;
        }

        // A count of a total keeps its parts when every child has them: 17 of 33 and 4 of 10 give 21 of 43.
        if (values.All(value => value.HasParts))
        {
            var whole = values.Sum(value => value.Denominator!.Value);
            return MeasuredValue.FromCountOfTotal(total, whole);
        }

        return MeasuredValue.Of(total);
    }

    private static MeasuredValue WeightedMean(Indicator indicator, IReadOnlyList<MeasuredValue> values, IReadOnlyList<decimal>? weights)
    {
        if (weights is null)
        {
            if (values.All(value => value.HasParts))
            {
                return indicator.Measure.Kind == MeasureKind.Rate ? AddParts(indicator, values) : MeanOf(values, values.Select(v => v.Denominator!.Value).ToArray());
            }

            throw new ArgumentException(
                $"Indicator '{indicator.Code}' rolls up by a weighted mean, but its values have no denominators to weigh by and no weights were given.",
                nameof(weights));
        }

        if (weights.Count != values.Count)
        {
            throw new ArgumentException($"There are {weights.Count} weights for {values.Count} values.", nameof(weights));
        }

        for (var i = 0; i < weights.Count; i++)
        {
            if (weights[i] < 0m)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Weight {i} is negative ({weights[i]})."), nameof(weights));
            }
        }

        return MeanOf(values, weights);
    }

    private static MeasuredValue MeanOf(IReadOnlyList<MeasuredValue> values, IReadOnlyList<decimal> weights)
    {
        decimal weighted = 0m, total = 0m;
        for (var i = 0; i < values.Count; i++)
        {
            weighted += values[i].Value * weights[i];
            total += weights[i];
        }

        if (total == 0m)
        {
            throw new ArgumentException("Every weight is zero, so no mean can be taken.", nameof(weights));
        }

        return MeasuredValue.Of(weighted / total);
    }
}
