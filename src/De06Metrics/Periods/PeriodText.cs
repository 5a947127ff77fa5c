using System.Globalization;
using De06Metrics.Text;
using NodaTime;

namespace De06Metrics.Periods;

/// <summary>Writes period labels and dates. Built-in rather than taken from <see cref="CultureInfo"/>, so that the
/// output is the same with or without ICU.</summary>
internal static class PeriodText
{
    // Diagnostics (exception messages, parse failures) are English and name dates d/M/yyyy, whatever the language of
    // the labels; these are their forms. Text shown to a reader takes Label, Date and ShortDate, from the phrase books.
    private static readonly string[] EnglishMonths =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    /// <summary>The English name of a month, for diagnostics.</summary>
    public static string EnglishMonth(int month) => EnglishMonths[month - 1];

    /// <summary>d/M/yyyy without leading zeros, as diagnostics name dates: 10/3/2024.</summary>
    public static string VietnameseDate(LocalDate date) => Invariant($"{date.Day}/{date.Month}/{date.Year}");


    public static string IsoDate(LocalDate date) => Invariant($"{date.Year:D4}-{date.Month:D2}-{date.Day:D2}");

    /// <summary>Turns a reason clause into a sentence: a capital first letter and a full stop.</summary>
    public static string Sentence(string reason) => LetterCase.UpperFirst(reason) + ".";

    /// <summary>
    /// A period's label inside a sentence: "quý III/2024", "tháng 2/2024" in Vietnamese, whose labels open with a
    /// capital; "Q3 2024", "February 2024" in English, as labelled.
    /// </summary>
    public static string InSentence(ReportingPeriod period, Language language)
    {
        var label = Label(period, language);
        return language.Format(Phrase.GrowthPeriodInSentence, label, LetterCase.LowerFirst(label));
    }

    /// <summary>The label of a period in a language, its words from the language's phrase book.</summary>
    /// <remarks>
    /// The words of labels written here live in the phrase books; the words the parser reads (Vietnamese and English
    /// month names, "quý", "tháng", "Lũy kế" …) stay in <see cref="PeriodParser"/>, because reading accepts both
    /// languages and their variants at once, whatever the language the labels are written in.
    /// </remarks>
    public static string Label(ReportingPeriod period, Language language) => period.Kind switch
    {
        PeriodKind.Year => language.Format(Phrase.PeriodYear, period.Year),
        PeriodKind.HalfYear => language.Format(period.Ordinal == 1 ? Phrase.PeriodFirstHalf : Phrase.PeriodSecondHalf, period.Year),
        PeriodKind.Quarter => language.Format(
            period.Ordinal switch
            {
                1 => Phrase.PeriodQuarter1,
                2 => Phrase.PeriodQuarter2,
                3 => Phrase.PeriodQuarter3,
                _ => Phrase.PeriodQuarter4,
            },
            period.Year),
        PeriodKind.Month => MonthOfYear(period, language),
        PeriodKind.YearToDate when ReportingPeriod.IsLastDayOfMonth(period.End) => language.Format(
            language.Phrases.IsSingular(period.End.Month) ? Phrase.PeriodMonthsToDateOne : Phrase.PeriodMonthsToDateOther,
            period.End.Month, language[MonthName(period.End.Month)], period.Year),
        PeriodKind.YearToDate => language.Format(Phrase.PeriodYearToDate, Date(period.End, language)),
        PeriodKind.ReportingMonth => language.Format(Phrase.PeriodReportingMonth, MonthOfYear(period, language), ShortDate(period.Start, language), ShortDate(period.End, language)),
        _ => language.Format(Phrase.PeriodRange, ShortDate(period.Start, language), ShortDate(period.End, language)),
    };

    /// <summary>A date as a report writes it in a sentence: 10/3/2024, 10 March 2024.</summary>
    public static string Date(LocalDate date, Language language) =>
        language.Format(Phrase.PeriodDate, date.Day, date.Month, date.Year, language[MonthName(date.Month)]);

    /// <summary>A date as a period label writes it at either end of a range: 10/3/2024, 10 Mar 2024.</summary>
    public static string ShortDate(LocalDate date, Language language) =>
        language.Format(Phrase.PeriodDateShort, date.Day, date.Month, date.Year, language[MonthShortName(date.Month)]);

    /// <summary>The name of a month (1 to 12): "March".</summary>
    public static Phrase MonthName(int month) => Phrase.MonthJanuary + (month - 1);

    /// <summary>The short name of a month (1 to 12): "Mar".</summary>
    public static Phrase MonthShortName(int month) => Phrase.MonthShortJanuary + (month - 1);

    public static string Iso(ReportingPeriod period) => period.Kind switch
    {
        PeriodKind.Year => Invariant($"{period.Year:D4}"),
        PeriodKind.HalfYear => Invariant($"{period.Year:D4}-H{period.Ordinal}"),
        PeriodKind.Quarter => Invariant($"{period.Year:D4}-Q{period.Ordinal}"),
        PeriodKind.Month => IsoMonth(period),
        PeriodKind.YearToDate => $"YTD {IsoDate(period.End)}",
        PeriodKind.ReportingMonth => $"{IsoMonth(period)} ({IsoRange(period)})",
        _ => IsoRange(period),
    };

    private static string MonthOfYear(ReportingPeriod period, Language language) =>
        language.Format(Phrase.PeriodMonth, period.Ordinal!.Value, language[MonthName(period.Ordinal.Value)], period.Year);

    private static string IsoMonth(ReportingPeriod period) => Invariant($"{period.Year:D4}-{period.Ordinal:D2}");

    private static string IsoRange(ReportingPeriod period) => $"{IsoDate(period.Start)}/{IsoDate(period.End)}";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
