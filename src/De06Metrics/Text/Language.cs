using System.Globalization;
using System.Text;
using NodaTime.Text;

namespace De06Metrics.Text;

/// <summary>
/// A language that results and labels are written in, with its own number conventions:
/// Vietnamese writes a decimal comma and a thousands dot (88,8; 903.221), English the reverse (88.8; 903,221).
/// </summary>
/// <remarks>
/// <para>
/// A <see cref="Language"/> is an <see cref="IFormatProvider"/>, so it can be passed wherever .NET formats a number:
/// <c>88.8m.ToString("N1", Language.Vietnamese)</c> gives <c>88,8</c>.
/// </para>
/// <para>
/// The number conventions are built in rather than taken from <see cref="CultureInfo"/>: a process running with
/// invariant globalization (no ICU, common in containers) cannot create the <c>vi-VN</c> culture, yet must still write
/// Vietnamese numbers. The results are the same on every machine.
/// </para>
/// <para>Instances are immutable and thread-safe; there are exactly two.</para>
/// </remarks>
public sealed class Language : IFormatProvider, IEquatable<Language>
{
    /// <summary>Vietnamese (<c>vi</c>): decimal comma, thousands dot.</summary>
    public static Language Vietnamese { get; } = new("vi", "Tiếng Việt", decimalSeparator: ",", groupSeparator: ".", VietnamesePhrases.Instance);

    /// <summary>English (<c>en</c>): decimal point, thousands comma.</summary>
    public static Language English { get; } = new("en", "English", decimalSeparator: ".", groupSeparator: ",", EnglishPhrases.Instance);

    // Parsed templates, filled in on first use; a race parses one twice and keeps either, both equal.
    private readonly CompositeFormat?[] templates = new CompositeFormat?[Enum.GetValues<Phrase>().Length];

    /// <summary>Creates a language from its conventions and its phrase book; the library's two are the public properties.</summary>
    internal Language(string code, string nativeName, string decimalSeparator, string groupSeparator, IPhraseBook phrases)
    {
        Phrases = phrases;
        Code = code;
        NativeName = nativeName;
        var numbers = (NumberFormatInfo)CultureInfo.InvariantCulture.NumberFormat.Clone();
        numbers.NumberDecimalSeparator = decimalSeparator;
        numbers.NumberGroupSeparator = groupSeparator;
        numbers.PercentDecimalSeparator = decimalSeparator;
        numbers.PercentGroupSeparator = groupSeparator;
        numbers.CurrencyDecimalSeparator = decimalSeparator;
        numbers.CurrencyGroupSeparator = groupSeparator;
        numbers.NegativeSign = "-";
        numbers.NaNSymbol = "NaN";
        NumberFormat = NumberFormatInfo.ReadOnly(numbers);
    }

    /// <summary>The two-letter ISO 639-1 code: <c>vi</c> or <c>en</c>.</summary>
    public string Code { get; }

    /// <summary>The language's name in itself: <c>Tiếng Việt</c> or <c>English</c>.</summary>
    public string NativeName { get; }

    /// <summary>The read-only number conventions of this language, independent of ICU.</summary>
    public NumberFormatInfo NumberFormat { get; }

    /// <summary>The words this language writes.</summary>
    internal IPhraseBook Phrases { get; }

    /// <summary>A phrase without placeholders.</summary>
    internal string this[Phrase phrase] => Phrases[phrase];

    /// <summary>A phrase with its placeholders filled, numbers in this language's conventions.</summary>
    internal string Format<T0>(Phrase phrase, T0 arg0) => string.Format(this, Template(phrase), arg0);

    /// <inheritdoc cref="Format{T0}(Phrase, T0)" />
    internal string Format<T0, T1>(Phrase phrase, T0 arg0, T1 arg1) => string.Format(this, Template(phrase), arg0, arg1);

    /// <inheritdoc cref="Format{T0}(Phrase, T0)" />
    internal string Format<T0, T1, T2>(Phrase phrase, T0 arg0, T1 arg1, T2 arg2) => string.Format(this, Template(phrase), arg0, arg1, arg2);

    /// <inheritdoc cref="Format{T0}(Phrase, T0)" />
    internal string Format(Phrase phrase, params ReadOnlySpan<object?> args) => string.Format(this, Template(phrase), args);

    /// <summary>The singular or the plural phrase for a count as shown ("1 place", "2 places").</summary>
    internal string Count(decimal count, Phrase singular, Phrase plural) => Phrases.IsSingular(count) ? Phrases[singular] : Phrases[plural];

    /// <summary>A whole number as an ordinal in this language: "3rd", "thứ 3".</summary>
    internal string Ordinal(long value) => Phrases.Ordinal(FormatNumber(value, 0), value);

    private CompositeFormat Template(Phrase phrase) =>
        templates[(int)phrase] ??= CompositeFormat.Parse(Phrases[phrase]);

    /// <summary>Both languages, Vietnamese first.</summary>
    public static IReadOnlyList<Language> All { get; } = [Vietnamese, English];

    /// <summary>
    /// The language for a format provider: a <see cref="Language"/> itself, a culture whose language is Vietnamese
    /// (<c>vi</c>, <c>vi-VN</c>), or else English. <see langword="null"/> means the current culture.
    /// </summary>
    /// <param name="provider">A <see cref="Language"/>, a <see cref="CultureInfo"/>, or <see langword="null"/>.</param>
    /// <returns>The language to write in; never <see langword="null"/>.</returns>
    public static Language FromProvider(IFormatProvider? provider) => provider switch
    {
        Language language => language,
        CultureInfo culture => FromCulture(culture),
        _ => FromCulture(CultureInfo.CurrentCulture),
    };

    /// <summary>The language of a culture: Vietnamese for any <c>vi</c> culture, English for every other.</summary>
    /// <param name="culture">The culture.</param>
    /// <returns><see cref="Vietnamese"/> or <see cref="English"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is <see langword="null"/>.</exception>
    public static Language FromCulture(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return culture.Name.StartsWith("vi", StringComparison.OrdinalIgnoreCase) ? Vietnamese : English;
    }

    /// <summary>Finds a language by its code (<c>vi</c>, <c>en</c>; a region such as <c>vi-VN</c> is accepted).</summary>
    /// <param name="code">The code, case-insensitive.</param>
    /// <returns>The language.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> names neither language.</exception>
    public static Language FromCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var language = code.Trim().Split('-', '_')[0].ToUpperInvariant() switch
        {
            "VI" => Vietnamese,
            "EN" => English,
            _ => null,
        };
        return language ?? throw new ArgumentException($"Unknown language code '{code}'; expected 'vi' or 'en'.", nameof(code));
    }

    /// <summary>
    /// Writes a number with a fixed count of decimals and this language's separators:
    /// <c>88,8</c>, <c>903.221</c>, <c>-4,25</c> in Vietnamese; <c>88.8</c>, <c>903,221</c> in English.
    /// </summary>
    /// <param name="value">The value; it is rounded for display only, half away from zero.</param>
    /// <param name="decimals">How many decimals to show, 0 to 28.</param>
    /// <param name="explicitPlusSign">Whether a positive value is written with a leading <c>+</c>.</param>
    /// <returns>The formatted number.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 28.</exception>
    public string FormatNumber(decimal value, int decimals, bool explicitPlusSign = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 28);
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        var text = rounded.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), NumberFormat);
        return explicitPlusSign && rounded > 0 ? "+" + text : text;
    }

    /// <summary>
    /// Reads a number written with this language's separators (<c>1.804.228</c> or <c>88,8</c> in Vietnamese),
    /// with an optional sign. A thousands separator must group exactly three digits, so <c>88.8</c> is not read as
    /// 888 in Vietnamese.
    /// </summary>
    /// <remarks>
    /// A number that a <see cref="decimal"/> cannot hold exactly fails, saying why, rather than being rounded: one
    /// beyond ±79 228 162 514 264 337 593 543 950 335, or with more significant digits than the type keeps (a 1 in the
    /// 29th decimal place would otherwise read as 0). Trailing zeros after the decimal separator are kept in the scale.
    /// Thread-safe.
    /// </remarks>
    /// <param name="text">The text to read.</param>
    /// <returns>The value, or a failed result that says why.</returns>
    public ParseResult<decimal> ParseNumber(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ParseResult<decimal>.ForException(() => new FormatException("A number was expected but the text is empty."));
        }

        var trimmed = text.Trim();
        var decimalSeparator = NumberFormat.NumberDecimalSeparator;
        var groupSeparator = NumberFormat.NumberGroupSeparator;
        var parts = trimmed.Split(decimalSeparator);
        if (parts.Length > 2)
        {
            return Fail(trimmed, $"it has more than one decimal separator '{decimalSeparator}'");
        }

        var integral = parts[0].TrimStart('+', '-');
        if (integral.Contains(groupSeparator, StringComparison.Ordinal))
        {
            var groups = integral.Split(groupSeparator);
            if (groups[0].Length is 0 or > 3 || groups.Skip(1).Any(group => group.Length != 3))
            {
                return Fail(trimmed, $"the thousands separator '{groupSeparator}' must group three digits");
            }
        }

        if (parts.Length == 2 && parts[1].Contains(groupSeparator, StringComparison.Ordinal))
        {
            return Fail(trimmed, $"the thousands separator '{groupSeparator}' stands after the decimal separator");
        }

        var digits = parts[0].Length - integral.Length <= 1 ? Digits(integral.Replace(groupSeparator, string.Empty, StringComparison.Ordinal), parts.Length == 2 ? parts[1] : string.Empty) : null;
        const NumberStyles styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands;
        try
        {
            if (!decimal.TryParse(trimmed, styles, NumberFormat, out var value))
            {
                return Fail(trimmed, digits is null ? "it is not a number" : "it is outside the range of decimal (±79.228.162.514.264.337.593.543.950.335)");
            }

            // decimal.TryParse rounds past 28 or 29 significant digits, so 0,00…001 with 29 decimals would read as 0:
            // a number that cannot be held exactly is refused rather than silently changed.
            return digits is null || digits == Digits(value)
                ? ParseResult<decimal>.ForValue(value)
                : Fail(trimmed, string.Create(CultureInfo.InvariantCulture, $"it has more significant digits than a decimal holds, and reading it would round it to {value}"));
        }
        catch (OverflowException)
        {
            return Fail(trimmed, "it is outside the range of decimal");
        }
    }

    // The significant digits and the place of the decimal point, as "integral.fraction" without leading zeros before
    // or trailing zeros after the point: "007" and "7,50" give "7." and "7.5". Null when anything but digits is present.
    private static string? Digits(string integral, string fraction) =>
        integral.Length + fraction.Length > 0 && integral.All(char.IsAsciiDigit) && fraction.All(char.IsAsciiDigit)
            ? integral.TrimStart('0') + "." + fraction.TrimEnd('0')
            : null;

    private static string? Digits(decimal value)
    {
        var text = Math.Abs(value).ToString(CultureInfo.InvariantCulture);
        var point = text.IndexOf('.', StringComparison.Ordinal);
        return point < 0 ? Digits(text, string.Empty) : Digits(text[..point], text[(point + 1)..]);
    }

    private ParseResult<decimal> Fail(string text, string why) =>
        ParseResult<decimal>.ForException(() => new FormatException($"Cannot read '{text}' as a {NativeName} number: {why}."));

    /// <summary>Returns this language's <see cref="NumberFormatInfo"/> when asked for one, else <see langword="null"/>.</summary>
    /// <param name="formatType">The type of format object requested.</param>
    /// <returns>The number conventions, or <see langword="null"/>.</returns>
    public object? GetFormat(Type? formatType) => formatType == typeof(NumberFormatInfo) ? NumberFormat : null;

    /// <summary>Both languages are singletons, so equality is identity.</summary>
    /// <param name="other">The other language.</param>
    /// <returns><see langword="true"/> for the same language.</returns>
    public bool Equals(Language? other) => ReferenceEquals(this, other);

    /// <inheritdoc />
    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>Returns the language code.</summary>
    /// <returns><c>vi</c> or <c>en</c>.</returns>
    public override string ToString() => Code;
}
