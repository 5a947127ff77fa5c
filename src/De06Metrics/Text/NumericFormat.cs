using System.Globalization;

namespace De06Metrics.Text;

/// <summary>The small format strings results accept: <c>G</c> (or none) for their own decimals, a letter and a digit count (<c>N2</c>) for that many.</summary>
internal static class NumericFormat
{
    /// <summary>
    /// The decimals a format asks for: <see langword="null"/> for <c>null</c>, empty or <c>G</c> (the caller's default);
    /// the digit count after <paramref name="letter"/> (either case) otherwise, 0 to 28.
    /// </summary>
    /// <exception cref="FormatException">The format is neither; the message names <paramref name="what"/> and the format.</exception>
    public static int? Decimals(string? format, char letter, string what)
    {
        if (string.IsNullOrEmpty(format) || format == "G")
        {
            return null;
        }

        if (char.ToUpperInvariant(format[0]) == char.ToUpperInvariant(letter) &&
            int.TryParse(format.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var decimals) && decimals <= 28)
        {
            return decimals;
        }

        throw new FormatException($"Unknown {what} format '{format}'; expected G or {char.ToUpperInvariant(letter)}<digits>.");
    }
}
