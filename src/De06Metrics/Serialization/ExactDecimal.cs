using System.Globalization;

namespace De06Metrics.Serialization;

/// <summary>
/// Whether a decimal read from a JSON number is that number exactly. System.Text.Json rounds a number with more
/// significant digits than a decimal keeps (28–29) without a word, so that 0.000…0001 with 30 decimals reads as 0; the
/// reader refuses such a number, as the CSV reader does. Stateless.
/// </summary>
internal static class ExactDecimal
{
    /// <summary>Whether <paramref name="value"/> is exactly the JSON number written as <paramref name="json"/>.</summary>
    public static bool Holds(ReadOnlySpan<byte> json, decimal value)
    {
        var written = SignificantOf(json);
        if (written is null)
        {
            return false;
        }

        var text = Math.Abs(value).ToString(CultureInfo.InvariantCulture);
        var read = SignificantOf(System.Text.Encoding.ASCII.GetBytes(text));
        return read is not null && written.Value.Digits == read.Value.Digits && (written.Value.Digits.Length == 0 || written.Value.Exponent == read.Value.Exponent);
    }

    /// <summary>
    /// The significant digits of a JSON number without leading or trailing zeros, and the power of ten of the last:
    /// 0.0250 gives ("25", −3), 12e3 ("12", 3), 0 ("", 0). Null for text that is not a JSON number or an exponent past a
    /// long.
    /// </summary>
    private static (string Digits, long Exponent)? SignificantOf(ReadOnlySpan<byte> number)
    {
        var i = 0;
        if (i < number.Length && number[i] is (byte)'-' or (byte)'+')
        {
            i++;
        }

        var digits = new System.Text.StringBuilder();
        long exponent = 0;
        var fraction = false;
        for (; i < number.Length && number[i] is not ((byte)'e' or (byte)'E'); i++)
        {
            var b = number[i];
            if (b == (byte)'.')
            {
                fraction = true;
                continue;
            }

            if (b is < (byte)'0' or > (byte)'9')
            {
                return null;
            }

            digits.Append((char)b);
            if (fraction)
            {
                exponent--;
            }
        }

        if (i < number.Length)
        {
            if (!long.TryParse(number[(i + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var power) ||
                power is > long.MaxValue / 2 or < long.MinValue / 2)
            {
                return null;
            }

            exponent += power;
        }

        var text = digits.ToString().TrimStart('0');
        var trimmed = text.TrimEnd('0');
        return (trimmed, trimmed.Length == 0 ? 0 : exponent + (text.Length - trimmed.Length));
    }
}
