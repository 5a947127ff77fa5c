using De06Metrics.Text;

namespace De06Metrics.Ranking;

/// <summary>
/// The movement of one unit from a previous rank to a current one. Places gained = previous position − current
/// position: 40 → 11 is +29 ("tăng 29 bậc", "up 29 places"); 11 → 30 is −19 ("giảm 19 bậc", "down 19 places").
/// </summary>
/// <remarks>
/// <para>
/// Positions are compared only when both ranks are out of fields of the same size. A rank out of 63 against one
/// out of 34 (provinces before and after a merger, or a survey that covered fewer units one year) is flagged
/// <see cref="RankDirection.NotComparable"/>: <see cref="PlacesGained"/> is <see langword="null"/> and the sentence
/// says so, rather than quietly subtracting positions on different scales. Equal sizes are not always enough: after
/// one merger and one split there may again be 63 units, but not the same 63. A change made by
/// <see cref="AcrossFields"/> knows its fields differ and is never comparable.
/// </para>
/// <para>
/// Formats (<see cref="ToString(string?, IFormatProvider?)"/>): <c>G</c> (or none) gives the short sentence
/// (<c>tăng 29 bậc</c>); <c>L</c> adds the two ranks (<c>tăng 29 bậc, từ 40/63 lên 11/63</c>). The provider picks the
/// language. Immutable and thread-safe.
/// </para>
/// </remarks>
public readonly struct RankChange : IEquatable<RankChange>, IFormattable
{
    private RankChange(FieldRank previous, FieldRank current, bool fieldChanged)
    {
        Previous = previous;
        Current = current;
        FieldChanged = fieldChanged;
    }

    /// <summary>The movement from <paramref name="previous"/> to <paramref name="current"/>.</summary>
    /// <param name="previous">The earlier rank.</param>
    /// <param name="current">The later rank.</param>
    /// <returns>The change.</returns>
    /// <exception cref="ArgumentException">A rank is the default value 0/0, which is not a rank.</exception>
    public static RankChange Between(FieldRank previous, FieldRank current)
    {
        EnsureRanks(previous, current);
        return new RankChange(previous, current, fieldChanged: false);
    }

    /// <summary>
    /// The movement between ranks known to be out of different fields: the units ranked changed between them (provinces
    /// merged, a unit itself merged or split). It is never comparable, even when the sizes happen to be equal, and its
    /// sentence says the field changed.
    /// </summary>
    /// <param name="previous">The earlier rank.</param>
    /// <param name="current">The later rank.</param>
    /// <returns>The change, with <see cref="FieldChanged"/> set and <see cref="Direction"/> <see cref="RankDirection.NotComparable"/>.</returns>
    /// <exception cref="ArgumentException">A rank is the default value 0/0, which is not a rank.</exception>
    /// <remarks>To compare across such a change, restate the ranked values into today's units and rank them again in today's field.</remarks>
    public static RankChange AcrossFields(FieldRank previous, FieldRank current)
    {
        EnsureRanks(previous, current);
        return new RankChange(previous, current, fieldChanged: true);
    }

    private static void EnsureRanks(FieldRank previous, FieldRank current)
    {
        if (previous.Position == 0)
        {
            throw new ArgumentException("The previous rank is the default value 0/0, not a rank.", nameof(previous));
        }

        if (current.Position == 0)
        {
            throw new ArgumentException("The current rank is the default value 0/0, not a rank.", nameof(current));
        }
    }

    /// <summary>The earlier rank.</summary>
    public FieldRank Previous { get; }

    /// <summary>The later rank.</summary>
    public FieldRank Current { get; }

    /// <summary>Whether the ranks are known to be out of different fields (see <see cref="AcrossFields"/>), whatever their sizes.</summary>
    public bool FieldChanged { get; }

    /// <summary>Whether both ranks are out of fields of the same size, not known to differ, so that their positions can be compared.</summary>
    public bool IsComparable => !FieldChanged && Previous.FieldSize == Current.FieldSize;

    /// <summary>
    /// Places gained, previous position − current position: positive when the unit moved up, negative when it moved
    /// down; <see langword="null"/> when the fields differ in size (<see cref="IsComparable"/> is false).
    /// </summary>
    public int? PlacesGained => IsComparable ? Previous.Position - Current.Position : null;

    /// <summary>Which way the unit moved, or <see cref="RankDirection.NotComparable"/>.</summary>
    public RankDirection Direction => PlacesGained switch
    {
        null => RankDirection.NotComparable,
        > 0 => RankDirection.Up,
        < 0 => RankDirection.Down,
        _ => RankDirection.Unchanged,
    };

    /// <summary>
    /// The change in a short sentence: <c>tăng 29 bậc</c>, <c>giảm 19 bậc</c>, <c>giữ nguyên thứ hạng</c>; in English
    /// <c>up 29 places</c>, <c>down 19 places</c>, <c>unchanged</c>. Ranks in fields of different sizes, or in fields
    /// known to differ, are said to be not comparable, with both ranks and why.
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The sentence fragment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    public string Describe(Language language) => Describe(language, withRanks: false);

    private string Describe(Language language, bool withRanks)
    {
        ArgumentNullException.ThrowIfNull(language);
        var previous = Previous.ToString("G", language);
        var current = Current.ToString("G", language);
        switch (Direction)
        {
            case RankDirection.Up or RankDirection.Down:
                var places = Math.Abs((long)PlacesGained!.Value);
                var up = Direction == RankDirection.Up;
                return withRanks
                    ? language.Format(up ? Phrase.RankUpWithRanks : Phrase.RankDownWithRanks, RankText.Number(places, language), RankText.Places(places, language), previous, current)
                    : language.Format(up ? Phrase.RankUp : Phrase.RankDown, RankText.Number(places, language), RankText.Places(places, language));
            case RankDirection.Unchanged:
                return withRanks ? language.Format(Phrase.RankUnchangedAt, current) : language[Phrase.RankUnchanged];
            default:
                return language.Format(
                    Phrase.RankNotComparable,
                    previous,
                    current,
                    language.Ordinal(Previous.Position),
                    RankText.Number(Previous.FieldSize, language),
                    language.Ordinal(Current.Position),
                    RankText.Number(Current.FieldSize, language),
                    WhyNotComparable(language));
        }
    }

    /// <summary>
    /// The change as a scorecard row writes it against its base period, when the ranks are not comparable: "không so
    /// sánh được với quý III/2024 vì số đơn vị được xếp hạng khác nhau; trước xếp thứ 11/63" / "not comparable with Q3
    /// 2024 because the fields differ in size; ranked 11th of 63 before". The current rank is the row's value, so it is
    /// not repeated.
    /// </summary>
    /// <param name="basePeriod">The base period's label inside a sentence ("quý III/2024").</param>
    /// <param name="language">The language.</param>
    /// <returns>The clause.</returns>
    internal string DescribeNotComparableWith(string basePeriod, Language language) =>
        language.Format(
            Phrase.RankNotComparableWith,
            basePeriod,
            WhyNotComparable(language),
            Previous.ToString("G", language),
            language.Ordinal(Previous.Position),
            RankText.Number(Previous.FieldSize, language));

    private string WhyNotComparable(Language language) =>
        language[Previous.FieldSize != Current.FieldSize ? Phrase.RankFieldsDifferInSize : Phrase.RankFieldChanged];

    /// <summary>Returns the short sentence in the current culture's language.</summary>
    /// <returns>The sentence fragment.</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>Formats the change: <c>G</c> (or none) for the short sentence, <c>L</c> to add both ranks.</summary>
    /// <param name="format">
    /// The measure formats (the table in docs/concepts.md, "Format strings"): <c>null</c>, empty, <c>G</c> or <c>N</c> and a digit count for
    /// the sentence (places are whole numbers, so a digit count changes nothing); <c>L</c> for the sentence with both ranks.
    /// </param>
    /// <param name="formatProvider">Picks the language; <see langword="null"/> for the current culture's.</param>
    /// <returns>The sentence fragment.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is none of those.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var language = Language.FromProvider(formatProvider);
        return Describe(language, withRanks: NumericFormat.Parse(format, "rank change", ownLetters: "L").Letter == 'L');
    }

    /// <inheritdoc />
    public bool Equals(RankChange other) => Previous == other.Previous && Current == other.Current && FieldChanged == other.FieldChanged;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RankChange other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Previous, Current, FieldChanged);

    /// <summary>Compares two changes for equality of both ranks and of <see cref="FieldChanged"/>.</summary>
    /// <param name="left">The first change.</param>
    /// <param name="right">The second change.</param>
    /// <returns><see langword="true"/> when both ranks and <see cref="FieldChanged"/> are equal.</returns>
    public static bool operator ==(RankChange left, RankChange right) => left.Equals(right);

    /// <summary>Compares two changes for inequality.</summary>
    /// <param name="left">The first change.</param>
    /// <param name="right">The second change.</param>
    /// <returns><see langword="true"/> when a rank or <see cref="FieldChanged"/> differs.</returns>
    public static bool operator !=(RankChange left, RankChange right) => !left.Equals(right);
}
