using De06Metrics.Text;

namespace De06Metrics.Ranking;

/// <summary>Shared wording for ranks.</summary>
internal static class RankText
{
    public static string Number(long value, Language language) => language.FormatNumber(value, 0);

    /// <summary>1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 111th, 112th.</summary>
    public static string EnglishOrdinal(long value)
    {
        var suffix = (value % 100) is 11 or 12 or 13
            ? "th"
            : (value % 10) switch
            {
                1 => "st",
                2 => "nd",
                3 => "rd",
                _ => "th",
            };
        return Language.English.FormatNumber(value, 0) + suffix;
    }

    public static string Places(long count, Language language) =>
        language == Language.Vietnamese
            ? Number(count, language) + " bậc"
            : Number(count, language) + (count == 1 ? " place" : " places");
}
