using De06Metrics.Text;

namespace De06Metrics.Scoring;

/// <summary>Says a <see cref="Rating"/> in words.</summary>
public static class RatingExtensions
{
    /// <summary>The rating's name: "Tốt" / "Good", "Khá" / "Fair", "Trung bình" / "Average", "Yếu" / "Poor".</summary>
    /// <param name="rating">The rating.</param>
    /// <param name="language">The language.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rating"/> is not defined.</exception>
    public static string Describe(this Rating rating, Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return language[PhraseOf(rating)];
    }

    /// <summary>The phrase that names a rating.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rating"/> is not defined.</exception>
    internal static Phrase PhraseOf(Rating rating) => rating switch
    {
        Rating.Good => Phrase.RatingGood,
        Rating.Fair => Phrase.RatingFair,
        Rating.Average => Phrase.RatingAverage,
        Rating.Poor => Phrase.RatingPoor,
        _ => throw new ArgumentOutOfRangeException(nameof(rating), rating, $"Rating {(int)rating} is not defined."),
    };
}
