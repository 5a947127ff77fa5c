using System.Globalization;
using De06Metrics.Text;
using NodaTime;

namespace De06Metrics.Periods;

/// <summary>Writes period labels and dates. Built-in rather than taken from <see cref="CultureInfo"/>, so that the
/// output is the same with or without ICU.</summary>
internal static class PeriodText
{
    private static readonly string[] EnglishMonths =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    private static readonly string[] RomanQuarters = ["I", "II", "III", "IV"];

    public static string EnglishMonth(int month) => EnglishMonths[month - 1];

    public static string EnglishMonthShort(int month) => EnglishMonths[month - 1][..3];

    /// <summary>The quarter as Vietnamese reports write it: I, II, III, IV.</summary>
    public static string RomanQuarter(int quarter) => RomanQuarters[quarter - 1];

    /// <summary>d/M/yyyy without leading zeros, as Vietnamese reports write dates: 10/3/2024.</summary>
    public static string VietnameseDate(LocalDate date) => Invariant($"{date.Day}/{date.Month}/{date.Year}");

    public static string EnglishDate(LocalDate date, bool abbreviateMonth) =>
        Invariant($"{date.Day} {(abbreviateMonth ? EnglishMonthShort(date.Month) : EnglishMonth(date.Month))} {date.Year}");

    public static string IsoDate(LocalDate date) => Invariant($"{date.Year:D4}-{date.Month:D2}-{date.Day:D2}");

    /// <summary>Turns a reason clause into a sentence: a capital first letter and a full stop.</summary>
    public static string Sentence(string reason) =>
        string.Concat(reason[..1].ToUpperInvariant(), reason.AsSpan(1), ".");

    public static string Label(ReportingPeriod period, Language language) =>
        language == Language.Vietnamese ? Vietnamese(period) : English(period);

    public static string Vietnamese(ReportingPeriod period) => period.Kind switch
    {
        PeriodKind.Year => Invariant($"Năm {period.Year}"),
        PeriodKind.HalfYear => Invariant($"6 tháng {(period.Ordinal == 1 ? "đầu" : "cuối")} năm {period.Year}"),
        PeriodKind.Quarter => Invariant($"Quý {RomanQuarter(period.Ordinal!.Value)}/{period.Year}"),
        PeriodKind.Month => VietnameseMonth(period),
        PeriodKind.YearToDate when ReportingPeriod.IsLastDayOfMonth(period.End) => Invariant($"{period.End.Month} tháng năm {period.Year}"),
        PeriodKind.YearToDate => $"Lũy kế đến {VietnameseDate(period.End)}",
        PeriodKind.ReportingMonth => $"{VietnameseMonth(period)} ({VietnameseRange(period, "từ")})",
        _ => VietnameseRange(period, "Từ"),
    };

    public static string English(ReportingPeriod period) => period.Kind switch
    {
        PeriodKind.Year => Invariant($"{period.Year}"),
        PeriodKind.HalfYear => Invariant($"H{period.Ordinal} {period.Year}"),
        PeriodKind.Quarter => Invariant($"Q{period.Ordinal} {period.Year}"),
        PeriodKind.Month => EnglishMonthOfYear(period),
        PeriodKind.YearToDate when ReportingPeriod.IsLastDayOfMonth(period.End) => Invariant(
            $"{period.End.Month} {(period.End.Month == 1 ? "month" : "months")} to {EnglishMonth(period.End.Month)} {period.Year}"),
        PeriodKind.YearToDate => $"Year to {EnglishDate(period.End, abbreviateMonth: false)}",
        PeriodKind.ReportingMonth => $"{EnglishMonthOfYear(period)} ({EnglishRange(period)})",
        _ => EnglishRange(period),
    };

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

    private static string VietnameseMonth(ReportingPeriod period) => Invariant($"Tháng {period.Ordinal}/{period.Year}");

    private static string VietnameseRange(ReportingPeriod period, string from) =>
        $"{from} {VietnameseDate(period.Start)} đến {VietnameseDate(period.End)}";

    private static string EnglishMonthOfYear(ReportingPeriod period) => Invariant($"{EnglishMonth(period.Ordinal!.Value)} {period.Year}");

    private static string EnglishRange(ReportingPeriod period) =>
        $"{EnglishDate(period.Start, abbreviateMonth: true)} – {EnglishDate(period.End, abbreviateMonth: true)}";

    private static string IsoMonth(ReportingPeriod period) => Invariant($"{period.Year:D4}-{period.Ordinal:D2}");

    private static string IsoRange(ReportingPeriod period) => $"{IsoDate(period.Start)}/{IsoDate(period.End)}";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
