using System.Globalization;
using De06Metrics.Text;

namespace De06Metrics.Scoring;

/// <summary>
/// The cut-offs that turn a total score into a <see cref="Rating"/>: Tốt / Good from <see cref="Good"/>, Khá / Fair
/// from <see cref="Fair"/>, Trung bình / Average from <see cref="Average"/>, Yếu / Poor below.
/// </summary>
/// <remarks>
/// No official cut-offs are published with Decision 766/QĐ-TTg's index, so the library ships none: the user supplies
/// them, and <see cref="Source"/> says where they come from in every rating sentence. Immutable and thread-safe.
/// </remarks>
public sealed class RatingScale
{
    private static readonly LocalizedText SetByUser = new LocalizedText(Phrase.RatingScaleSetByUser);
    private readonly LocalizedText? source;

    /// <summary>Creates a scale from its three cut-offs, each the least total of its rating.</summary>
    /// <param name="good">The least total rated Tốt / Good.</param>
    /// <param name="fair">The least total rated Khá / Fair; below <paramref name="good"/>.</param>
    /// <param name="average">The least total rated Trung bình / Average; positive and below <paramref name="fair"/>.</param>
    /// <param name="source">Where the cut-offs come from; <see langword="null"/> says "set by the user".</param>
    /// <exception cref="ArgumentException">The cut-offs are not in order (0 &lt; average &lt; fair &lt; good).</exception>
    public RatingScale(decimal good, decimal fair, decimal average, LocalizedText? source = null)
    {
        if (average <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(average), average,
                string.Create(CultureInfo.InvariantCulture, $"The Average cut-off must be positive; {average} was given."));
        }

        if (fair <= average)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Cut-offs must rise from Average to Fair to Good; Fair {fair} is not above Average {average}."), nameof(fair));
        }

        if (good <= fair)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Cut-offs must rise from Average to Fair to Good; Good {good} is not above Fair {fair}."), nameof(good));
        }

        Good = good;
        Fair = fair;
        Average = average;
        this.source = source;
    }

    /// <summary>The least total rated Tốt / Good.</summary>
    public decimal Good { get; }

    /// <summary>The least total rated Khá / Fair.</summary>
    public decimal Fair { get; }

    /// <summary>The least total rated Trung bình / Average.</summary>
    public decimal Average { get; }

    /// <summary>Where the cut-offs come from: the source given, or "ngưỡng do người dùng đặt" / "cut-offs set by the user".</summary>
    public LocalizedText Source => source ?? SetByUser;

    /// <summary>Rates a total.</summary>
    /// <param name="total">The total score.</param>
    /// <returns>The rating.</returns>
    public Rating Rate(decimal total) =>
        total >= Good ? Rating.Good : total >= Fair ? Rating.Fair : total >= Average ? Rating.Average : Rating.Poor;

    /// <summary>
    /// The name of a rating: Tốt / Good, Khá / Fair, Trung bình / Average, Yếu / Poor; in one language,
    /// <see cref="RatingExtensions.Describe"/>.
    /// </summary>
    /// <param name="rating">The rating.</param>
    /// <returns>The name in both languages.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rating"/> is not defined.</exception>
    public static LocalizedText NameOf(Rating rating) => new(RatingExtensions.PhraseOf(rating));

    /// <summary>
    /// Describes the scale: "Tốt từ 90, Khá từ 75, Trung bình từ 50, Yếu dưới 50; ngưỡng do người dùng đặt" /
    /// "Good from 90, Fair from 75, Average from 50, Poor below 50; cut-offs set by the user".
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public string Describe(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        string N(decimal v) => Display.Natural(v, language);
        return language.Format(Phrase.RatingScaleCutOffs, N(Good), N(Fair), N(Average), source?.In(language) ?? SetByUser.In(language));
    }

    /// <summary>Returns the description in English.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Describe(Language.English);
}
