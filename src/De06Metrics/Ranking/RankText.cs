using De06Metrics.Text;

namespace De06Metrics.Ranking;

/// <summary>Shared wording for ranks, from the phrase book.</summary>
internal static class RankText
{
    public static string Number(long value, Language language) => language.FormatNumber(value, 0);

    /// <summary>The noun for a count of places: "place", "places"; "bậc".</summary>
    public static string Places(long count, Language language) => language.Count(count, Phrase.RankPlaceOne, Phrase.RankPlaceOther);
}
