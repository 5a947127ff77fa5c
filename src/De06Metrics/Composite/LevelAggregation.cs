namespace De06Metrics.Composite;

/// <summary>
/// The weighted means of a <see cref="MultiLevelIndex"/>, in <see cref="decimal"/> for published values and in
/// <see cref="double"/> for the samples of an uncertainty analysis; weights renormalised over the values present.
/// </summary>
internal static class LevelAggregation
{
    /// <summary>
    /// Aggregates the values present; <see langword="null"/> when no value with a positive weight is present, or when
    /// a geometric or harmonic mean meets a value ≤ 0 (its position in <paramref name="nonPositive"/>, else −1).
    /// </summary>
    public static decimal? Aggregate(AggregationMethod method, ReadOnlySpan<decimal?> values, ReadOnlySpan<decimal> weights, out int nonPositive)
    {
        nonPositive = -1;
        var sum = 0m;
        var weightSum = 0m;
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is not { } x || weights[i] == 0m)
            {
                continue;
            }

            if (method != AggregationMethod.WeightedArithmeticMean && x <= 0m)
            {
                nonPositive = i;
                return null;
            }

            var w = weights[i];
            weightSum += w;
            sum += method switch
            {
                AggregationMethod.WeightedArithmeticMean => w * x,
                AggregationMethod.WeightedGeometricMean => w * DecimalMath.Ln(x),
                _ => w / x,
            };
        }

        if (weightSum == 0m)
        {
            return null;
        }

        return method switch
        {
            AggregationMethod.WeightedArithmeticMean => sum / weightSum,
            AggregationMethod.WeightedGeometricMean => DecimalMath.Exp(sum / weightSum),
            _ => weightSum / sum,
        };
    }

    /// <summary>
    /// The same in <see cref="double"/>; <see cref="double.NaN"/> marks a missing value and the missing result, and
    /// <paramref name="nonPositive"/> says whether a geometric or harmonic mean met a value ≤ 0.
    /// </summary>
    public static double Aggregate(AggregationMethod method, ReadOnlySpan<double> values, ReadOnlySpan<double> weights, out bool nonPositive)
    {
        nonPositive = false;
        var sum = 0d;
        var weightSum = 0d;
        for (var i = 0; i < values.Length; i++)
        {
            var x = values[i];
            var w = weights[i];
            if (double.IsNaN(x) || w == 0d)
            {
                continue;
            }

            if (method != AggregationMethod.WeightedArithmeticMean && x <= 0d)
            {
                nonPositive = true;
                return double.NaN;
            }

            weightSum += w;
            sum += method switch
            {
                AggregationMethod.WeightedArithmeticMean => w * x,
                AggregationMethod.WeightedGeometricMean => w * Math.Log(x),
                _ => w / x,
            };
        }

        if (weightSum == 0d)
        {
            return double.NaN;
        }

        return method switch
        {
            AggregationMethod.WeightedArithmeticMean => sum / weightSum,
            AggregationMethod.WeightedGeometricMean => Math.Exp(sum / weightSum),
            _ => weightSum / sum,
        };
    }

    /// <summary>
    /// Copeland scores across units (see <see cref="AggregationMethod.Copeland"/>): for each pair of the rows in
    /// <paramref name="scored"/>, the weights of the values on which each beats the other, over the values both have;
    /// the larger sum wins the pair. Each row's score is its wins minus its losses; rows not scored get 0.
    /// </summary>
    /// <param name="values">One row per unit, one value per column (dimension); <see langword="null"/> where missing.</param>
    /// <param name="weights">One weight per column.</param>
    /// <param name="scored">Which rows take part.</param>
    public static decimal[] Copeland(IReadOnlyList<decimal?[]> values, ReadOnlySpan<decimal> weights, IReadOnlyList<bool> scored)
    {
        var scores = new decimal[values.Count];
        for (var a = 0; a < values.Count; a++)
        {
            if (!scored[a])
            {
                continue;
            }

            for (var b = a + 1; b < values.Count; b++)
            {
                if (!scored[b])
                {
                    continue;
                }

                var forA = 0m;
                var forB = 0m;
                for (var c = 0; c < weights.Length; c++)
                {
                    if (values[a][c] is { } x && values[b][c] is { } y)
                    {
                        if (x > y)
                        {
                            forA += weights[c];
                        }
                        else if (y > x)
                        {
                            forB += weights[c];
                        }
                    }
                }

                var outcome = forA.CompareTo(forB);
                scores[a] += outcome;
                scores[b] -= outcome;
            }
        }

        return scores;
    }
}
