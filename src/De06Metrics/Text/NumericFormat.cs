using System.Globalization;

namespace De06Metrics.Text;

/// <summary>
/// The one format-string vocabulary of every measure-like result (docs/concepts.md, "Format strings"): <c>G</c>, empty
/// or <see langword="null"/> for the result's own decimals; <c>N</c> and a digit count (<c>N2</c>) for that many;
/// a leading <c>+</c> (<c>+N1</c>) for an explicit sign where the result is signed; and a few letters of the result's
/// own (<c>P2</c>, <c>F</c> for a rate, <c>L</c> for a rank).
/// </summary>
internal static class NumericFormat
{
    /// <summary>
    /// Reads a format: the letter (upper case; <c>G</c> for the default, <c>N</c>, or one of the type's own), the digit
    /// count after it (<see langword="null"/> when none; 0 to 28), and whether a leading <c>+</c> asks for an explicit
    /// sign (only when <paramref name="signed"/>). <c>N</c> without digits is <c>G</c>.
    /// </summary>
    /// <param name="format">The format string.</param>
    /// <param name="what">What is formatted, for the message ("rate").</param>
    /// <param name="ownLetters">The type's own letters that take no digit count (<c>"F"</c>), upper case.</param>
    /// <param name="ownCountLetters">The type's own letters that may take a digit count (<c>"P"</c>), upper case.</param>
    /// <param name="signed">Whether <c>+</c> is accepted before <c>G</c> or <c>N</c>.</param>
    /// <exception cref="FormatException">The format is none of those; the message names <paramref name="what"/> and the format.</exception>
    public static (char Letter, int? Decimals, bool ExplicitPlusSign) Parse(
        string? format, string what, string ownLetters = "", string ownCountLetters = "", bool signed = false)
    {
        if (string.IsNullOrEmpty(format))
        {
            return ('G', null, false);
        }

        var plus = signed && format[0] == '+';
        var body = plus ? format.AsSpan(1) : format.AsSpan();
        if (!body.IsEmpty)
        {
            var letter = char.ToUpperInvariant(body[0]);
            var digits = body[1..];
            var takesCount = letter == 'N' || (!plus && ownCountLetters.Contains(letter, StringComparison.Ordinal));
            var plain = letter == 'G' || (!plus && ownLetters.Contains(letter, StringComparison.Ordinal));
            if ((plain || takesCount) && digits.IsEmpty)
            {
                return (letter == 'N' ? 'G' : letter, null, plus);
            }

            if (takesCount && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var decimals) && decimals <= 28)
            {
                return (letter, decimals, plus);
            }
        }

        var own = string.Concat((ownLetters + ownCountLetters).Select(letter => ownCountLetters.Contains(letter, StringComparison.Ordinal) ? $", {letter}<digits>" : $", {letter}"));
        throw new FormatException(
            $"Unknown {what} format '{format}'; expected G, N<digits>{(signed ? ", +N<digits>" : string.Empty)}{own} (see the format table in docs/concepts.md).");
    }

    /// <summary>
    /// The decimals a format asks for: <see langword="null"/> for <c>null</c>, empty or <c>G</c> (the caller's default);
    /// the digit count after <c>N</c> otherwise, 0 to 28. The same vocabulary as <see cref="Parse"/>, without signs or own letters.
    /// </summary>
    /// <exception cref="FormatException">The format is neither; the message names <paramref name="what"/> and the format.</exception>
    public static int? Decimals(string? format, string what) => Parse(format, what).Decimals;
}
