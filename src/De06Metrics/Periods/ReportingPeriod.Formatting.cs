using System.Diagnostics.CodeAnalysis;
using De06Metrics.Text;

namespace De06Metrics.Periods;

public sealed partial class ReportingPeriod : IFormattable, IParsable<ReportingPeriod>
{
    /// <summary>The label in the current culture's language (Vietnamese for a <c>vi</c> culture, else English).</summary>
    /// <returns>A label such as <c>Quý I/2024</c> or <c>Q1 2024</c>.</returns>
    /// <remarks>Follows .NET's convention for <see cref="object.ToString"/>; pass a <see cref="Language"/> to choose.</remarks>
    public override string ToString() => ToString(null, null);

    /// <summary>The label in the language of <paramref name="formatProvider"/>.</summary>
    /// <param name="formatProvider">A <see cref="Language"/>, a <see cref="System.Globalization.CultureInfo"/> (mapped by <see cref="Language.FromProvider"/>), or <see langword="null"/> for the current culture.</param>
    /// <returns>The label, as <see cref="ToString(string, IFormatProvider)"/> with format <c>G</c>.</returns>
    public string ToString(IFormatProvider? formatProvider) => ToString(null, formatProvider);

    /// <summary>Writes the period as a label.</summary>
    /// <param name="format">
    /// <c>G</c> (or <see langword="null"/> or empty): the label in the provider's language: <c>Quý I/2024</c>,
    /// <c>Tháng 3/2024</c>, <c>9 tháng năm 2024</c>, <c>Lũy kế đến 10/3/2024</c> in Vietnamese; <c>Q1 2024</c>,
    /// <c>March 2024</c>, <c>9 months to September 2024</c>, <c>Year to 10 March 2024</c> in English.
    /// <c>I</c>: a language-neutral ISO-like form: <c>2024</c>, <c>2024-H1</c>, <c>2024-Q1</c>, <c>2024-03</c>,
    /// <c>YTD 2024-03-10</c>, <c>2024-02-15/2024-03-14</c>, <c>2024-03 (2024-02-15/2024-03-14)</c>.
    /// </param>
    /// <param name="formatProvider">A <see cref="Language"/>, a <see cref="System.Globalization.CultureInfo"/> (mapped by <see cref="Language.FromProvider"/>), or <see langword="null"/> for the current culture.</param>
    /// <returns>The label; <see cref="Parse(string)"/> reads every label back to an equal period.</returns>
    /// <remarks>The text does not depend on ICU: a process with invariant globalization writes the same labels.</remarks>
    /// <exception cref="FormatException"><paramref name="format"/> is neither <c>G</c> nor <c>I</c>.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => format switch
    {
        null or "" or "G" or "g" => PeriodText.Label(this, Language.FromProvider(formatProvider)),
        "I" or "i" => PeriodText.Iso(this),
        _ => throw new FormatException(
            $"Format '{format}' is not supported for a reporting period; use 'G' (the label in the provider's language) or 'I' (the ISO-like form)."),
    };

    /// <summary>
    /// Reads a period label in Vietnamese, English or the ISO-like form, whichever it is: <c>Quý I/2024</c>,
    /// <c>quý 1 năm 2024</c>, <c>Q1 2024</c>, <c>2024-Q1</c>, <c>Tháng 03/2024</c>, <c>Mar 2024</c>,
    /// <c>6 tháng đầu năm 2024</c>, <c>9 tháng năm 2024</c>, <c>Jan–Sep 2024</c>, <c>Lũy kế đến 10/03/2024</c>,
    /// <c>Từ 15/2/2024 đến 14/3/2024</c> …
    /// </summary>
    /// <param name="text">The label; case, extra spaces and the kind of dash do not matter.</param>
    /// <returns>The period.</returns>
    /// <remarks>See <see cref="ReportingPeriodPattern"/> for the full list of forms and for a non-throwing parse that returns a <see cref="NodaTime.Text.ParseResult{T}"/>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The text is not a period label, or names one that does not exist; the message says why.</exception>
    public static ReportingPeriod Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return PeriodParser.Parse(text).Value;
    }

    /// <summary>Reads a period label as <see cref="Parse(string)"/> does, without throwing.</summary>
    /// <param name="text">The label, or <see langword="null"/>.</param>
    /// <param name="result">The period, or <see langword="null"/> when the text cannot be read.</param>
    /// <returns><see langword="true"/> when the text was read.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out ReportingPeriod? result)
    {
        var parsed = PeriodParser.Parse(text);
        result = parsed.Success ? parsed.Value : null;
        return parsed.Success;
    }

    /// <summary>Reads a label in either language; the provider is not needed because the languages' labels never collide.</summary>
    /// <param name="s">The label.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The period.</returns>
    static ReportingPeriod IParsable<ReportingPeriod>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <summary>Reads a label in either language without throwing; the provider is ignored.</summary>
    /// <param name="s">The label.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The period, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the text was read.</returns>
    static bool IParsable<ReportingPeriod>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out ReportingPeriod result) =>
        TryParse(s, out result);
}
