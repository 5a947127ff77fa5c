namespace De06Metrics.Composite;

/// <summary>
/// Square root, natural logarithm and exponential in <see cref="decimal"/>, so that z-scores and geometric means keep
/// about 26 significant digits instead of the 15 to 17 of <see cref="double"/>.
/// </summary>
internal static class DecimalMath
{
    private const decimal Ln2 = 0.6931471805599453094172321215m;

    /// <summary>The square root of a value that is not negative, refined by Newton's method from a double estimate.</summary>
    public static decimal Sqrt(decimal value)
    {
        if (value < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A square root needs a value that is not negative.");
        }

        if (value == 0m)
        {
            return 0m;
        }

        var root = (decimal)Math.Sqrt((double)value);
        for (var i = 0; i < 6; i++)
        {
            var next = (root + (value / root)) / 2m;
            if (next == root)
            {
                break;
            }

            root = next;
        }

        return root;
    }

    /// <summary>The natural logarithm of a positive value.</summary>
    public static decimal Ln(decimal value)
    {
        if (value <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A logarithm needs a positive value.");
        }

        // Reduce to m in [1, 2) with value = m · 2^k; then ln m = 2 atanh((m − 1)/(m + 1)), a series in z² ≤ 1/9.
        var exponent = 0;
        var mantissa = value;
        while (mantissa >= 2m)
        {
            mantissa /= 2m;
            exponent++;
        }

        while (mantissa < 1m)
        {
            mantissa *= 2m;
            exponent--;
        }

        var z = (mantissa - 1m) / (mantissa + 1m);
        var zSquared = z * z;
        var power = z;
        var sum = 0m;
        for (var n = 1; n < 200; n += 2)
        {
            var term = power / n;
            if (term == 0m)
            {
                break;
            }

            sum += term;
            power *= zSquared;
        }

        return (2m * sum) + (exponent * Ln2);
    }

    /// <summary>e raised to a power; the power must keep the result within the range of <see cref="decimal"/>.</summary>
    public static decimal Exp(decimal power)
    {
        if (power == 0m)
        {
            return 1m;
        }

        // Reduce to r = power − k ln 2 with |r| ≤ ln 2 / 2, where the Taylor series converges fast.
        var k = (int)decimal.Round(power / Ln2, MidpointRounding.ToEven);
        var r = power - (k * Ln2);
        var sum = 1m;
        var term = 1m;
        for (var n = 1; n < 100; n++)
        {
            term = term * r / n;
            if (term == 0m)
            {
                break;
            }

            sum += term;
        }

        for (; k > 0; k--)
        {
            sum *= 2m;
        }

        for (; k < 0; k++)
        {
            sum /= 2m;
        }

        return sum;
    }
}
