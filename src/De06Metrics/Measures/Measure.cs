using De06Metrics.Text;

namespace De06Metrics.Measures;

/// <summary>
/// What an indicator's values are and how they are written: a rate in percent, a count, money in a currency at a
/// display scale, a score out of a maximum, a rank, or yes/no. A value always travels with its measure.
/// </summary>
/// <remarks>
/// Create measures with the factory members (<see cref="Rate"/>, <see cref="Count(LocalizedText?, string?)"/>,
/// <see cref="Money(Currency, MoneyScale)"/>, <see cref="Score(decimal)"/>, <see cref="Rank"/>, <see cref="YesNo"/>).
/// A measure is immutable and thread-safe; two measures with the same settings are equal.
/// </remarks>
public sealed class Measure : IEquatable<Measure>
{
    private Measure(MeasureKind kind, LocalizedText? countUnit, Currency currency, MoneyScale scale, decimal maximumScore, bool allowsAboveWhole)
    {
        Kind = kind;
        CountUnit = countUnit;
        Currency = currency;
        Scale = scale;
        MaximumScore = maximumScore;
        AllowsAboveWhole = allowsAboveWhole;
    }

    /// <summary>A rate in percent whose numerator never exceeds its denominator (0% to 100%).</summary>
    public static Measure Rate { get; } = new(MeasureKind.Rate, null, default, MoneyScale.Units, 0m, allowsAboveWhole: false);

    /// <summary>
    /// A rate that may exceed 100%, such as revenue against plan; its numerator may exceed its denominator.
    /// </summary>
    public static Measure RateAboveWhole { get; } = new(MeasureKind.Rate, null, default, MoneyScale.Units, 0m, allowsAboveWhole: true);

    /// <summary>A position in a ranking (1 is first); lower is better.</summary>
    public static Measure Rank { get; } = new(MeasureKind.Rank, null, default, MoneyScale.Units, 0m, allowsAboveWhole: false);

    /// <summary>Yes (1) or no (0).</summary>
    public static Measure YesNo { get; } = new(MeasureKind.YesNo, null, default, MoneyScale.Units, 0m, allowsAboveWhole: false);

    /// <summary>What the values are.</summary>
    public MeasureKind Kind { get; }

    /// <summary>For a count, the name of the things counted ("hồ sơ" / "records"), if given.</summary>
    public LocalizedText? CountUnit { get; }

    /// <summary>For a count, the English name of one thing counted ("record" for "records"), if given; see <see cref="Count(LocalizedText?, string?)"/>.</summary>
    public string? CountUnitSingular { get; private init; }

    /// <summary>For money, the currency; <c>default</c> for other kinds.</summary>
    public Currency Currency { get; }

    /// <summary>For money, the scale at which amounts are written; <see cref="MoneyScale.Units"/> for other kinds.</summary>
    public MoneyScale Scale { get; }

    /// <summary>For a score, the maximum score; zero for other kinds.</summary>
    public decimal MaximumScore { get; }

    /// <summary>For a rate, whether the numerator may exceed the denominator (a rate above 100%).</summary>
    public bool AllowsAboveWhole { get; }

    /// <summary>
    /// For a measure per unit of something else (money per household, visits per 1 000 people), the name of that
    /// thing ("hộ" / "households"); <see langword="null"/> for a measure that is not per anything. See <see cref="Per"/>.
    /// </summary>
    public LocalizedText? PerUnit { get; private init; }

    /// <summary>For a measure per unit, the English name of one such thing ("household"), if given; see <see cref="Per"/>.</summary>
    public string? PerUnitSingular { get; private init; }

    /// <summary>
    /// For a measure per unit, how many of the things a value is per: 1 for "per household", 1 000 for "per 1 000
    /// people"; 1 for a measure that is not per anything.
    /// </summary>
    public decimal PerQuantity { get; private init; } = 1m;

    /// <summary>The unit of a difference between two values of this measure: percentage points for rates.</summary>
    public DifferenceUnit DifferenceUnit => Kind switch
    {
        MeasureKind.Rate => DifferenceUnit.PercentagePoints,
        MeasureKind.Count => DifferenceUnit.Count,
        MeasureKind.Money => DifferenceUnit.Money,
        MeasureKind.Score => DifferenceUnit.ScorePoints,
        MeasureKind.Rank => DifferenceUnit.Places,
        _ => DifferenceUnit.None,
    };

    /// <summary>A count of things, never negative.</summary>
    /// <param name="unit">The name of the things counted, such as "hồ sơ" / "records"; optional.</param>
    /// <param name="englishSingular">
    /// The English name of one thing ("record"), written when the number shown is exactly one ("1 record", "up 1
    /// record"); <see langword="null"/> to write the unit's English text whatever the number. Vietnamese nouns do not
    /// change with the number, so there is no Vietnamese counterpart.
    /// </param>
    /// <returns>The measure.</returns>
    /// <exception cref="ArgumentException"><paramref name="englishSingular"/> is given without a <paramref name="unit"/>, or is blank.</exception>
    public static Measure Count(LocalizedText? unit = null, string? englishSingular = null)
    {
        if (englishSingular is not null && (unit is null || string.IsNullOrWhiteSpace(englishSingular)))
        {
            throw new ArgumentException(
                unit is null ? $"A singular ('{englishSingular}') needs the unit it is the singular of." : "A singular needs a text; a blank one was given.",
                nameof(englishSingular));
        }

        return new(MeasureKind.Count, unit, default, MoneyScale.Units, 0m, allowsAboveWhole: false) { CountUnitSingular = englishSingular };
    }

    /// <summary>Money in a currency, written at a display scale ("2.527 tỷ đồng" is VND at <see cref="MoneyScale.Billions"/>).</summary>
    /// <param name="currency">The currency.</param>
    /// <param name="displayScale">The scale used when writing amounts.</param>
    /// <returns>The measure.</returns>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="displayScale"/> is not a defined scale.</exception>
    public static Measure Money(Currency currency, MoneyScale displayScale = MoneyScale.Units)
    {
        if (currency == default)
        {
            throw new ArgumentException("A money measure needs a currency; default(Currency) was given.", nameof(currency));
        }

        if (!Enum.IsDefined(displayScale))
        {
            throw new ArgumentOutOfRangeException(nameof(displayScale), displayScale, $"Money scale {(int)displayScale} is not defined.");
        }

        return new(MeasureKind.Money, null, currency, displayScale, 0m, allowsAboveWhole: false);
    }

    /// <summary>
    /// This measure per a quantity of something else, the unit of a ratio of two indicators: money per household
    /// ("44,03 triệu đồng/hộ" / "VND 44.03 million per household"), visits per 1 000 people ("12,5 lượt/1.000
    /// người" / "12.5 visits per 1,000 people").
    /// </summary>
    /// <param name="unit">The name of the things the values are per, such as "hộ" / "households".</param>
    /// <param name="englishSingular">
    /// The English name of one such thing ("household"), written after "per" when <paramref name="quantity"/> is 1;
    /// <see langword="null"/> to write the unit's English text.
    /// </param>
    /// <param name="quantity">How many of the things a value is per: 1, or 1 000 for "per 1 000 people"; positive.</param>
    /// <returns>The measure, with this one's kind, currency, scale and count unit.</returns>
    /// <exception cref="ArgumentException"><paramref name="unit"/> is <c>default</c>, or <paramref name="englishSingular"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quantity"/> is not positive.</exception>
    /// <exception cref="InvalidOperationException">
    /// This measure is not a count or money (a rate, a score, a rank or yes/no is not per anything), or is per
    /// something already.
    /// </exception>
    /// <remarks>
    /// Only the written unit changes: the value is still in this measure's unit (đồng, the things counted), per
    /// <paramref name="quantity"/> of the other things. A difference of two such values is per the same quantity.
    /// </remarks>
    public Measure Per(LocalizedText unit, string? englishSingular = null, decimal quantity = 1m)
    {
        if (Kind is not (MeasureKind.Count or MeasureKind.Money))
        {
            throw new InvalidOperationException($"Only a count or money can be per something else; {this} cannot.");
        }

        if (PerUnit is not null)
        {
            throw new InvalidOperationException($"The measure {this} is per something already.");
        }

        if (unit == default)
        {
            throw new ArgumentException("A measure per something needs the name of that thing; default(LocalizedText) was given.", nameof(unit));
        }

        if (englishSingular is not null && string.IsNullOrWhiteSpace(englishSingular))
        {
            throw new ArgumentException("A singular needs a text; a blank one was given.", nameof(englishSingular));
        }

        if (quantity <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(quantity), quantity,
                $"A measure is per a positive quantity of something; {quantity.ToString(System.Globalization.CultureInfo.InvariantCulture)} was given.");
        }

        return new(Kind, CountUnit, Currency, Scale, MaximumScore, AllowsAboveWhole)
        {
            CountUnitSingular = CountUnitSingular,
            PerUnit = unit,
            PerUnitSingular = englishSingular,
            PerQuantity = quantity,
        };
    }

    /// <summary>
    /// This measure written at another money scale ("44,03 triệu đồng/hộ" rather than "0,04 tỷ đồng/hộ"): the values
    /// are still whole currency units.
    /// </summary>
    /// <param name="displayScale">The scale used when writing amounts.</param>
    /// <returns>The measure, equal to this one but for its scale.</returns>
    /// <exception cref="InvalidOperationException">This measure is not money.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="displayScale"/> is not a defined scale.</exception>
    public Measure AtScale(MoneyScale displayScale)
    {
        if (Kind != MeasureKind.Money)
        {
            throw new InvalidOperationException($"Only money has a scale; {this} has none.");
        }

        if (!Enum.IsDefined(displayScale))
        {
            throw new ArgumentOutOfRangeException(nameof(displayScale), displayScale, $"Money scale {(int)displayScale} is not defined.");
        }

        return new(Kind, CountUnit, Currency, displayScale, MaximumScore, AllowsAboveWhole)
        {
            CountUnitSingular = CountUnitSingular,
            PerUnit = PerUnit,
            PerUnitSingular = PerUnitSingular,
            PerQuantity = PerQuantity,
        };
    }

    /// <summary>
    /// Whether two measures are the same but for the money scale they are written at: what a sum or a difference of
    /// their values needs.
    /// </summary>
    internal bool SameUnitAs(Measure other) =>
        Kind == other.Kind && Nullable.Equals(CountUnit, other.CountUnit) && Currency == other.Currency &&
        MaximumScore == other.MaximumScore && Nullable.Equals(PerUnit, other.PerUnit) && PerQuantity == other.PerQuantity;

    /// <summary>A score from zero to a maximum (87,61 out of 100).</summary>
    /// <param name="maximum">The maximum score; positive.</param>
    /// <returns>The measure.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maximum"/> is zero or negative.</exception>
    public static Measure Score(decimal maximum)
    {
        if (maximum <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(maximum), maximum, $"A score's maximum must be positive; {maximum} was given.");
        }

        return new(MeasureKind.Score, null, default, MoneyScale.Units, maximum, allowsAboveWhole: false);
    }

    /// <summary>
    /// Writes a value of this measure: "88,8%", "903.221 hồ sơ", "2.527 tỷ đồng", "87,61/100", "thứ 11", "có"
    /// in Vietnamese; "88.8%", "903,221 records", "VND 2,527 billion", "87.61/100", "11th", "yes" in English.
    /// </summary>
    /// <param name="value">The value in the measure's own unit (percent for rates, whole đồng for money).</param>
    /// <param name="decimals">The decimals to show after scaling; rounding is for display only.</param>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public string FormatValue(decimal value, int decimals, Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        switch (Kind)
        {
            case MeasureKind.Rate:
                return language.FormatNumber(value, decimals) + "%";
            case MeasureKind.Count:
                var count = language.FormatNumber(value, decimals);
                return PerSuffix(CountUnit is null ? count : count + " " + CountUnitFor(value, decimals, language), language);
            case MeasureKind.Money:
                return PerSuffix(FormatMoney(value, decimals, language, explicitPlusSign: false), language);
            case MeasureKind.Score:
                return language.FormatNumber(value, decimals) + "/" + language.FormatNumber(MaximumScore, 0);
            case MeasureKind.Rank:
                // The ending of an ordinal follows the last two digits (11th, 21st); a position that is not whole has none.
                var position = language.FormatNumber(value, decimals);
                return decimal.Truncate(value) == value
                    ? language.Phrases.Ordinal(position, (long)(Math.Abs(value) % 100m))
                    : language.Format(Phrase.RankPositionNotWhole, position);
            default:
                return value switch
                {
                    1m => language[Phrase.Yes],
                    0m => language[Phrase.No],
                    _ => language.FormatNumber(value, decimals),
                };
        }
    }

    /// <summary>
    /// Writes a difference between two values of this measure in its <see cref="DifferenceUnit"/>:
    /// "18,8 điểm phần trăm" / "18.8 percentage points" for rates, "29 bậc" / "29 places" for ranks.
    /// </summary>
    /// <param name="difference">The difference.</param>
    /// <param name="decimals">The decimals to show; rounding is for display only.</param>
    /// <param name="language">The language.</param>
    /// <param name="explicitPlusSign">Whether a positive difference is written with a leading <c>+</c>.</param>
    /// <returns>The text.</returns>
    /// <exception cref="InvalidOperationException">The measure is yes/no, which has no difference.</exception>
    public string FormatDifference(decimal difference, int decimals, Language language, bool explicitPlusSign = false)
    {
        ArgumentNullException.ThrowIfNull(language);
        var number = language.FormatNumber(difference, decimals, explicitPlusSign);
        var shown = Math.Abs(Math.Round(difference, decimals, MidpointRounding.AwayFromZero));
        return DifferenceUnit switch
        {
            DifferenceUnit.PercentagePoints => language.Format(language.Phrases.IsSingular(shown) ? Phrase.DifferencePercentagePointsOne : Phrase.DifferencePercentagePointsOther, number),
            DifferenceUnit.Count => PerSuffix(CountUnit is null ? number : number + " " + CountUnitFor(difference, decimals, language), language),
            DifferenceUnit.Money => PerSuffix(FormatMoney(difference, decimals, language, explicitPlusSign), language),
            DifferenceUnit.ScorePoints => language.Format(language.Phrases.IsSingular(shown) ? Phrase.DifferenceScorePointsOne : Phrase.DifferenceScorePointsOther, number),
            DifferenceUnit.Places => language.Format(language.Phrases.IsSingular(shown) ? Phrase.DifferencePlacesOne : Phrase.DifferencePlacesOther, number),
            _ => throw new InvalidOperationException("A yes/no measure has no difference between two values."),
        };
    }

    /// <summary>
    /// Whether a value fits this measure: a rate is not negative and, unless <see cref="AllowsAboveWhole"/>, at most
    /// 100% with a numerator not above its denominator; a count is not negative; a score lies between 0 and the
    /// maximum; a rank is a whole number from 1; yes/no is 0 or 1; money is any amount.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <param name="reason">Why the value does not fit, or <see langword="null"/> when it does.</param>
    /// <returns><see langword="true"/> when the value fits.</returns>
    public bool Accepts(MeasuredValue value, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? reason)
    {
        // Most values fit; the reason is written only for one that does not (this runs once per value in roll-ups and loads).
        var fits = Kind switch
        {
            MeasureKind.Rate => value.Value >= 0m && (AllowsAboveWhole || value.Value <= 100m),
            MeasureKind.Count => value.Value >= 0m,
            MeasureKind.Score => value.Value >= 0m && value.Value <= MaximumScore && !value.HasParts,
            MeasureKind.Rank => value.Value >= 1m && decimal.Truncate(value.Value) == value.Value &&
                                (!value.HasParts || (value.Numerator == value.Value && value.Denominator >= value.Value)),
            MeasureKind.YesNo => value.Value is 0m or 1m && !value.HasParts,
            _ => !value.HasParts,
        };
        if (fits)
        {
            reason = null;
            return true;
        }

        var v = value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        reason = Kind switch
        {
            MeasureKind.Rate when value.Value < 0m => $"a rate cannot be negative ({v}%)",
            MeasureKind.Rate => $"this rate cannot exceed 100% ({v}%)",
            MeasureKind.Count => $"a count cannot be negative ({v})",
            MeasureKind.Score when value.Value < 0m || value.Value > MaximumScore => $"a score lies between 0 and {MaximumScore.ToString(System.Globalization.CultureInfo.InvariantCulture)} ({v})",
            MeasureKind.Rank when value.Value < 1m || decimal.Truncate(value.Value) != value.Value => $"a rank is a whole number from 1 ({v})",
            MeasureKind.Rank => $"a rank's parts are its position and a field not smaller than it ({value})",
            MeasureKind.YesNo when value.Value is not (0m or 1m) => $"yes/no is 1 or 0 ({v})",
            _ => $"a {Kind} value has no numerator and denominator",
        };
        return reason is null;
    }

    /// <summary>Throws when a value does not fit this measure (see <see cref="Accepts"/>).</summary>
    /// <param name="value">The value.</param>
    /// <param name="paramName">The name of the argument that carried the value.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value does not fit.</exception>
    public void EnsureAccepts(MeasuredValue value, string paramName)
    {
        if (!Accepts(value, out var reason))
        {
            throw new ArgumentOutOfRangeException(paramName, value.Value, $"The value {value} does not fit the measure {this}: {reason}.");
        }
    }

    /// <summary>The factor of a money scale: 1, 10^3, 10^6, 10^9 or 10^12.</summary>
    /// <param name="scale">The scale.</param>
    /// <returns>The factor.</returns>
    public static decimal FactorOf(MoneyScale scale) => scale switch
    {
        MoneyScale.Units => 1m,
        MoneyScale.Thousands => 1_000m,
        MoneyScale.Millions => 1_000_000m,
        MoneyScale.Billions => 1_000_000_000m,
        MoneyScale.Trillions => 1_000_000_000_000m,
        _ => throw new ArgumentOutOfRangeException(nameof(scale), scale, $"Money scale {(int)scale} is not defined."),
    };

    // The template places the number, the scale word and the currency: "2.527 tỷ đồng" in Vietnamese, "VND 2,527
    // billion" in English. {0} is the number, {1} the currency's word (the phrase for the đồng, else the code), {2} the code.
    private string FormatMoney(decimal amount, int decimals, Language language, bool explicitPlusSign)
    {
        var number = language.FormatNumber(amount / FactorOf(Scale), decimals, explicitPlusSign);
        var template = Scale switch
        {
            MoneyScale.Thousands => Phrase.MoneyInThousands,
            MoneyScale.Millions => Phrase.MoneyInMillions,
            MoneyScale.Billions => Phrase.MoneyInBillions,
            MoneyScale.Trillions => Phrase.MoneyInTrillions,
            _ => Phrase.MoneyInUnits,
        };
        var word = Currency == Currency.Vnd ? language[Phrase.CurrencyVnd] : Currency.Code;

        // The sign leads the whole amount, where English puts the currency first: "-VND 150 billion", not "VND -150 billion".
        var sign = number.Length > 0 && number[0] is '-' or '+' or '\u2212' ? number[..1] : string.Empty;
        return sign + language.Format(template, number[sign.Length..], word, Currency.Code);
    }

    // A measure per something else: "44,03 triệu đồng/hộ", "12,5 lượt/1.000 người"; "VND 44.03 million per household",
    // "12.5 visits per 1,000 people" (the singular after "per" when the quantity is one, as "per household").
    private string PerSuffix(string text, Language language)
    {
        if (PerUnit is not { } unit)
        {
            return text;
        }

        if (PerQuantity == 1m)
        {
            return language.Format(Phrase.MeasurePerOne, text, PerUnitSingular is { } singular && language.Phrases.IsSingular(1m) ? singular : unit.In(language));
        }

        var quantity = language.FormatNumber(PerQuantity, Math.Min(DecimalsOf(PerQuantity), 10));
        return language.Format(Phrase.MeasurePerQuantity, text, quantity, unit.In(language));
    }

    /// <summary>The decimals a value really has once trailing zeros are dropped: 70,0 and 1000 have none, 0,25 has two.</summary>
    internal static int DecimalsOf(decimal value)
    {
        var normalized = value / 1.0000000000000000000000000000m;
        return (decimal.GetBits(normalized)[3] >> 16) & 0xFF;
    }

    // One thing is "1 record" in English when the number shown is exactly one, as "1 place" and "1 percentage point"
    // are; the language's book says whether a count takes the singular (Vietnamese nouns never change).
    private string CountUnitFor(decimal number, int decimals, Language language) =>
        CountUnitSingular is { } singular && language.Phrases.IsSingular(Math.Abs(Math.Round(number, decimals, MidpointRounding.AwayFromZero)))
            ? singular
            : CountUnit!.Value.In(language);

    /// <inheritdoc />
    public bool Equals(Measure? other) =>
        other is not null &&
        Kind == other.Kind &&
        Nullable.Equals(CountUnit, other.CountUnit) &&
        CountUnitSingular == other.CountUnitSingular &&
        Currency == other.Currency &&
        Scale == other.Scale &&
        MaximumScore == other.MaximumScore &&
        AllowsAboveWhole == other.AllowsAboveWhole &&
        Nullable.Equals(PerUnit, other.PerUnit) &&
        PerUnitSingular == other.PerUnitSingular &&
        PerQuantity == other.PerQuantity;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Measure);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(HashCode.Combine(Kind, CountUnit, CountUnitSingular, Currency, Scale, MaximumScore, AllowsAboveWhole), PerUnit, PerQuantity);

    /// <summary>
    /// Describes the measure, such as <c>Rate</c>, <c>Money VND (Billions)</c>, <c>Score /100</c> or
    /// <c>Money VND (Millions) per 1 (households)</c>.
    /// </summary>
    /// <returns>The description.</returns>
    public override string ToString() => PerUnit is { } per
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{KindText()} per {PerQuantity} ({per.English ?? per.Vietnamese})")
        : KindText();

    private string KindText() => Kind switch
    {
        MeasureKind.Rate => AllowsAboveWhole ? "Rate (may exceed 100%)" : "Rate",
        MeasureKind.Count => CountUnit is { } unit ? $"Count ({unit.English ?? unit.Vietnamese})" : "Count",
        MeasureKind.Money => $"Money {Currency} ({Scale})",
        MeasureKind.Score => $"Score /{MaximumScore}",
        _ => Kind.ToString(),
    };
}
