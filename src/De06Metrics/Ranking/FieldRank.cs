using System.Globalization;
using De06Metrics.Text;
using NodaTime.Text;

namespace De06Metrics.Ranking;

/// <summary>
/// A place in a field of ranked units, "x/N": position 11 of 63 provinces is written <c>11/63</c>, or in a sentence
/// <c>xếp thứ 11/63</c> (Vietnamese) and <c>ranked 11th of 63</c> (English).
/// </summary>
/// <remarks>
/// <para>
/// Formats (<see cref="ToString(string?, IFormatProvider?)"/>): <c>G</c> (or none) gives the short form
/// <c>11/63</c>; <c>L</c> gives the sentence. The provider picks the language (see <see cref="Language.FromProvider"/>);
/// numbers of four digits or more are grouped in that language's way (<c>1.204/2.000</c> in Vietnamese).
/// </para>
/// <para>
/// A rank compares only within its field: a place out of 63 and one out of 34 are not on the same scale, which is why
/// <see cref="RankChange"/> refuses to subtract them. The default value (0/0) is not a valid rank. Immutable and
/// thread-safe.
/// </para>
/// </remarks>
public readonly struct FieldRank : IEquatable<FieldRank>, IFormattable
{
    /// <summary>Creates a rank: <paramref name="position"/> out of <paramref name="fieldSize"/>.</summary>
    /// <param name="position">The place, 1 for the best.</param>
    /// <param name="fieldSize">The number of ranked units, at least <paramref name="position"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="position"/> is below 1, or <paramref name="fieldSize"/> is below <paramref name="position"/>.
    /// </exception>
    public FieldRank(int position, int fieldSize)
    {
        if (position < 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(position),
                position,
                string.Create(CultureInfo.InvariantCulture, $"The position {position} is below 1; the best place is 1."));
        }

        if (fieldSize < position)
        {
            throw new ArgumentOutOfRangeException(
                nameof(fieldSize),
                fieldSize,
                string.Create(CultureInfo.InvariantCulture, $"The field size {fieldSize} is smaller than the position {position}; a place cannot lie outside its field."));
        }

        Position = position;
        FieldSize = fieldSize;
    }

    /// <summary>The place, 1 for the best.</summary>
    public int Position { get; }

    /// <summary>The number of units ranked in the field.</summary>
    public int FieldSize { get; }

    /// <summary>Whether two ranks belong to fields of the same size, so that their positions can be compared.</summary>
    /// <param name="other">The other rank.</param>
    /// <returns><see langword="true"/> when the field sizes are equal.</returns>
    public bool IsComparableWith(FieldRank other) => FieldSize == other.FieldSize;

    /// <summary>The rank in a sentence: <c>xếp thứ 11/63</c> in Vietnamese, <c>ranked 11th of 63</c> in English.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The sentence fragment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    public string Describe(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return language.Format(Phrase.RankInField, Short(language), language.Ordinal(Position), RankText.Number(FieldSize, language));
    }

    /// <summary>The position alone, as a report's value cell writes it: "thứ 11/63" / "11th of 63".</summary>
    internal string DescribePosition(Language language) =>
        language.Format(Phrase.ScorecardRankPosition, Short(language), language.Ordinal(Position), RankText.Number(FieldSize, language));

    /// <summary>Reads a rank written <c>x/N</c>, such as <c>11/63</c>; spaces around the slash are allowed.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The rank.</returns>
    /// <exception cref="FormatException">The text is not a valid rank; the message says why.</exception>
    public static FieldRank Parse(string text) => TryParse(text).Value;

    /// <summary>Reads a rank written <c>x/N</c> without throwing: a failed result says why.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The rank, or a failure.</returns>
    public static ParseResult<FieldRank> TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Fail("the text is empty");
        }

        var parts = text.Split('/');
        if (parts.Length != 2)
        {
            return Fail($"'{text}' is not of the form x/N");
        }

        const NumberStyles styles = NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite;
        if (!int.TryParse(parts[0], styles, CultureInfo.InvariantCulture, out var position) ||
            !int.TryParse(parts[1], styles, CultureInfo.InvariantCulture, out var fieldSize))
        {
            return Fail($"'{text}' does not hold two whole numbers x/N");
        }

        if (position < 1 || fieldSize < position)
        {
            return Fail($"in '{text}' the position must be from 1 to the field size");
        }

        return ParseResult<FieldRank>.ForValue(new FieldRank(position, fieldSize));
    }

    private static ParseResult<FieldRank> Fail(string why) =>
        ParseResult<FieldRank>.ForException(() => new FormatException($"Cannot read a rank: {why}."));

    private string Short(Language language) =>
        RankText.Number(Position, language) + "/" + RankText.Number(FieldSize, language);

    /// <summary>Returns the short form, <c>11/63</c>.</summary>
    /// <returns>The rank as <c>x/N</c>.</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>Formats the rank: <c>G</c> (or none) for <c>11/63</c>, <c>L</c> for the sentence.</summary>
    /// <param name="format">
    /// The measure formats (the table in docs/concepts.md, "Format strings"): <c>null</c>, empty, <c>G</c> or <c>N</c> and a digit count for
    /// <c>11/63</c> (a place is a whole number, so a digit count changes nothing); <c>L</c> for the sentence.
    /// </param>
    /// <param name="formatProvider">Picks the language; <see langword="null"/> for the current culture's.</param>
    /// <returns>The formatted rank.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is none of those.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var language = Language.FromProvider(formatProvider);
        return NumericFormat.Parse(format, "rank", ownLetters: "L").Letter == 'L' ? Describe(language) : Short(language);
    }

    /// <inheritdoc />
    public bool Equals(FieldRank other) => Position == other.Position && FieldSize == other.FieldSize;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FieldRank other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Position, FieldSize);

    /// <summary>Compares two ranks for equality of position and field size.</summary>
    /// <param name="left">The first rank.</param>
    /// <param name="right">The second rank.</param>
    /// <returns><see langword="true"/> when both are equal.</returns>
    public static bool operator ==(FieldRank left, FieldRank right) => left.Equals(right);

    /// <summary>Compares two ranks for inequality.</summary>
    /// <param name="left">The first rank.</param>
    /// <param name="right">The second rank.</param>
    /// <returns><see langword="true"/> when the position or the field size differs.</returns>
    public static bool operator !=(FieldRank left, FieldRank right) => !left.Equals(right);
}
