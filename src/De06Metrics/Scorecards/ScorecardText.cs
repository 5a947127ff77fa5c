using De06Metrics.Periods;
using De06Metrics.Text;
using NodaTime;

namespace De06Metrics.Scorecards;

/// <summary>The dates the scorecard's sentences write.</summary>
internal static class ScorecardText
{
    /// <summary>
    /// A date in a sentence: "30/9/2025" in Vietnamese, "30 September 2025" in English. The phrase book chooses the
    /// form: its template takes both and writes the one its language uses.
    /// </summary>
    public static string Date(LocalDate date, Language language) =>
        language.Format(Phrase.ScorecardDate, PeriodText.VietnameseDate(date), PeriodText.EnglishDate(date, abbreviateMonth: false));
}
