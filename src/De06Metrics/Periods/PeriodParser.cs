using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;

namespace De06Metrics.Periods;

/// <summary>
/// Reads period labels in Vietnamese, English and the ISO-like form (see <see cref="ReportingPeriodPattern"/> for the
/// forms). The text is first tidied (composed, dashes unified, spaces collapsed); each form is then an anchored,
/// case-insensitive pattern, tried in turn. A form that matches but names a period that does not exist fails with
/// the reason rather than falling through to "unrecognised".
/// </summary>
/// <remarks>
/// The words read here (month names, "quý", "tháng", "lũy kế", "first half of" …) are input vocabulary, not phrases:
/// a label is read in either language and in its variants whatever the language labels are written in, so they stay
/// here rather than in the phrase books, which hold only what the library writes. Failure messages are diagnostics
/// and stay English.
/// </remarks>
internal static partial class PeriodParser
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // At most nine digits, so every number fits an int; a longer one leaves the label unrecognised.
    private const string Number = "([0-9]{1,9})";

    private const string MonthWord =
        "(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";

    private const string DateForm =
        "(?:[0-9]{1,9}/[0-9]{1,9}/[0-9]{1,9}|[0-9]{1,9}-[0-9]{1,9}-[0-9]{1,9}|[0-9]{1,9} " + MonthWord + @"\.?,? [0-9]{1,9})";

    private const string Examples = "'Quý I/2024', 'Tháng 3/2024', '9 tháng năm 2024', 'Q1 2024', 'March 2024' or '2024-Q1'";

    public static ParseResult<ReportingPeriod> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Failure("A reporting period label was expected but the text is empty.");
        }

        var shown = text.Trim();
        string tidy;
        try
        {
            tidy = Tidy(text);
        }
        catch (ArgumentException)
        {
            // string.Normalize rejects lone surrogates.
            return Failure($"Cannot read '{shown}' as a reporting period: it is not valid Unicode text.");
        }

        var outcome = Read(tidy);
        if (outcome is null)
        {
            return Failure($"Unrecognised period label '{shown}'; expected a label such as {Examples}.");
        }

        return outcome.Period is { } period
            ? ParseResult<ReportingPeriod>.ForValue(period)
            : Failure($"Cannot read '{shown}' as a reporting period: {outcome.Reason}.");
    }

    private static ParseResult<ReportingPeriod> Failure(string message) =>
        ParseResult<ReportingPeriod>.ForException(() => new FormatException(message));

    private static string Tidy(string text)
    {
        var composed = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(composed.Length);
        foreach (var c in composed)
        {
            // Hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus sign.
            builder.Append(c is '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' ? '-' : c);
        }

        var spaced = Whitespace().Replace(builder.ToString(), " ").Trim();
        return SpacedSeparator().Replace(spaced, "$1")
            // Both placements of the tone mark are in use: lũy/luỹ, quý/qúy; and the older spelling quí.
            .Replace("luỹ", "lũy", StringComparison.OrdinalIgnoreCase)
            .Replace("qúy", "quý", StringComparison.OrdinalIgnoreCase)
            .Replace("quí", "quý", StringComparison.OrdinalIgnoreCase);
    }

    private static Outcome? Read(string text) =>
        ReadWithWindow(text)
        ?? ReadYear(text)
        ?? ReadCountOfMonths(text)
        ?? ReadHalfYear(text)
        ?? ReadQuarter(text)
        ?? ReadMonth(text)
        ?? ReadMonthSpan(text)
        ?? ReadYearToDate(text)
        ?? ReadDateSpan(text);

    private static Outcome? ReadWithWindow(string text)
    {
        var match = WithWindow().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var month = Read(match.Groups[1].Value);
        var window = Read(match.Groups[2].Value);
        if (month is null || window is null)
        {
            return null;
        }

        if (month.Period is null)
        {
            return month;
        }

        if (window.Period is null)
        {
            return window;
        }

        if (month.Period.Kind != PeriodKind.Month || window.Period.Kind != PeriodKind.Custom)
        {
            return Outcome.Fail("a reporting month is written as a month followed by its window of dates in parentheses, such as 'Tháng 3/2024 (từ 15/2/2024 đến 14/3/2024)'");
        }

        var (year, monthNumber, startDay) = (month.Period.Year, month.Period.Ordinal!.Value, window.Period.Start.Day);
        var problem = PeriodRules.ReportingMonth(year, monthNumber, startDay);
        if (problem is not null)
        {
            return Outcome.Fail(problem.Reason);
        }

        var expected = ReportingPeriod.CreateReportingMonth(year, monthNumber, startDay);
        return expected.Start == window.Period.Start && expected.End == window.Period.End
            ? Outcome.Of(expected)
            : Outcome.Fail(Invariant(
                $"{PeriodText.VietnameseDate(window.Period.Start)} to {PeriodText.VietnameseDate(window.Period.End)} is not the reporting window of month {monthNumber}/{year}, which from day {startDay} runs from {PeriodText.VietnameseDate(expected.Start)} to {PeriodText.VietnameseDate(expected.End)}"));
    }

    private static Outcome? ReadYear(string text)
    {
        var match = Year().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var year = Int(match.Groups[1]);
        return Outcome.From(PeriodRules.Year(year), () => ReportingPeriod.CreateYear(year));
    }

    /// <summary>"N tháng (đầu|cuối) năm Y" and "first N months of Y": six months from the start is the first half-year.</summary>
    private static Outcome? ReadCountOfMonths(string text)
    {
        var vietnamese = VietnameseCountOfMonths().Match(text);
        if (vietnamese.Success)
        {
            var months = Int(vietnamese.Groups[1]);
            var year = Int(vietnamese.Groups[3]);
            if (string.Equals(vietnamese.Groups[2].Value, "cuối", StringComparison.OrdinalIgnoreCase))
            {
                return months == 6
                    ? Outcome.From(PeriodRules.Year(year), () => ReportingPeriod.CreateHalfYear(year, 2))
                    : Outcome.Fail(Invariant($"'{months} tháng cuối năm' is not a reporting period; only '6 tháng cuối năm' (the second half-year) is"));
            }

            return vietnamese.Groups[2].Success ? FirstMonths(year, months) : MonthsToDate(year, months);
        }

        var english = EnglishFirstMonths().Match(text);
        return english.Success ? FirstMonths(Int(english.Groups[2]), Int(english.Groups[1])) : null;
    }

    private static Outcome FirstMonths(int year, int months) =>
        months == 6 ? Outcome.From(PeriodRules.Year(year), () => ReportingPeriod.CreateHalfYear(year, 1)) : MonthsToDate(year, months);

    private static Outcome MonthsToDate(int year, int months) =>
        Outcome.From(PeriodRules.MonthsToDate(year, months), () => ReportingPeriod.CreateYearToDate(ReportingPeriod.LastDayOfMonth(year, months)));

    private static Outcome? ReadHalfYear(string text)
    {
        (int Year, int Half)? parts = EnglishHalf().Match(text) is { Success: true } english ? (Int(english.Groups[2]), Int(english.Groups[1]))
            : IsoHalf().Match(text) is { Success: true } iso ? (Int(iso.Groups[1]), Int(iso.Groups[2]))
            : HalfInWords().Match(text) is { Success: true } words ? (Int(words.Groups[2]), IsFirst(words.Groups[1].Value) ? 1 : 2)
            : null;
        return parts is var (year, half)
            ? Outcome.From(PeriodRules.HalfYear(year, half), () => ReportingPeriod.CreateHalfYear(year, half))
            : null;
    }

    private static bool IsFirst(string word) =>
        string.Equals(word, "first", StringComparison.OrdinalIgnoreCase) || string.Equals(word, "1st", StringComparison.OrdinalIgnoreCase);

    private static Outcome? ReadQuarter(string text)
    {
        int year, quarter;
        if (VietnameseQuarter().Match(text) is { Success: true } vietnamese)
        {
            year = Int(vietnamese.Groups[2]);
            var numeral = vietnamese.Groups[1].Value;
            if (char.IsAsciiDigit(numeral[0]))
            {
                quarter = Int(vietnamese.Groups[1]);
            }
            else if (FromRoman(numeral) is { } fromRoman)
            {
                quarter = fromRoman;
            }
            else
            {
                return Outcome.Fail($"'{numeral.ToUpperInvariant()}' is not a Roman numeral");
            }
        }
        else if (EnglishQuarter().Match(text) is { Success: true } english)
        {
            (year, quarter) = (Int(english.Groups[2]), Int(english.Groups[1]));
        }
        else if (IsoQuarter().Match(text) is { Success: true } iso)
        {
            (year, quarter) = (Int(iso.Groups[1]), Int(iso.Groups[2]));
        }
        else
        {
            return null;
        }

        return Outcome.From(PeriodRules.Quarter(year, quarter), () => ReportingPeriod.CreateQuarter(year, quarter));
    }

    private static Outcome? ReadMonth(string text)
    {
        (int Year, int Month)? parts = VietnameseMonth().Match(text) is { Success: true } vietnamese ? (Int(vietnamese.Groups[2]), Int(vietnamese.Groups[1]))
            : EnglishMonth().Match(text) is { Success: true } english ? (Int(english.Groups[2]), MonthFromWord(english.Groups[1].Value))
            : IsoMonth().Match(text) is { Success: true } iso ? (Int(iso.Groups[1]), Int(iso.Groups[2]))
            : null;
        return parts is var (year, month)
            ? Outcome.From(PeriodRules.Month(year, month), () => ReportingPeriod.CreateMonth(year, month))
            : null;
    }

    /// <summary>"9 months to September 2024" and "Jan–Sep 2024"; a span of months not starting in January is a custom period.</summary>
    private static Outcome? ReadMonthSpan(string text)
    {
        if (EnglishMonthsTo().Match(text) is { Success: true } monthsTo)
        {
            var (months, last, year) = (Int(monthsTo.Groups[1]), MonthFromWord(monthsTo.Groups[2].Value), Int(monthsTo.Groups[3]));
            return months == last
                ? MonthsToDate(year, months)
                : Outcome.Fail(Invariant($"{months} months to {PeriodText.EnglishMonth(last)} do not add up: January to {PeriodText.EnglishMonth(last)} is {last} months"));
        }

        if (EnglishMonthSpan().Match(text) is { Success: true } span)
        {
            var (first, last, year) = (MonthFromWord(span.Groups[1].Value), MonthFromWord(span.Groups[2].Value), Int(span.Groups[3]));
            if (last < first)
            {
                return Outcome.Fail($"end month {PeriodText.EnglishMonth(last)} is before start month {PeriodText.EnglishMonth(first)}");
            }

            return first == 1
                ? MonthsToDate(year, last)
                : Outcome.From(PeriodRules.Year(year), () => ReportingPeriod.CreateCustom(new LocalDate(year, first, 1), ReportingPeriod.LastDayOfMonth(year, last)));
        }

        return null;
    }

    private static Outcome? ReadYearToDate(string text)
    {
        var match = YearToDateEnding().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var problem = ReadDate(match.Groups[1].Value, out var end);
        return problem is null ? Outcome.Of(ReportingPeriod.CreateYearToDate(end)) : Outcome.Fail(problem);
    }

    private static Outcome? ReadDateSpan(string text)
    {
        var match = DateSpan().Match(text);
        if (!match.Success)
        {
            return null;
        }

        if (ReadDate(match.Groups[1].Value, out var start) is { } startProblem)
        {
            return Outcome.Fail(startProblem);
        }

        if (ReadDate(match.Groups[2].Value, out var end) is { } endProblem)
        {
            return Outcome.Fail(endProblem);
        }

        return Outcome.From(PeriodRules.Interval(start, end), () => ReportingPeriod.CreateCustom(start, end));
    }

    /// <summary>Reads d/M/yyyy, yyyy-MM-dd or "10 March 2024" (the forms of DateForm); returns why the date does not exist, or null.</summary>
    private static string? ReadDate(string text, out LocalDate date)
    {
        int year, month, day;
        if (VietnameseDate().Match(text) is { Success: true } vietnamese)
        {
            (year, month, day) = (Int(vietnamese.Groups[3]), Int(vietnamese.Groups[2]), Int(vietnamese.Groups[1]));
        }
        else if (IsoDate().Match(text) is { Success: true } iso)
        {
            (year, month, day) = (Int(iso.Groups[1]), Int(iso.Groups[2]), Int(iso.Groups[3]));
        }
        else
        {
            var english = EnglishDate().Match(text);
            (year, month, day) = (Int(english.Groups[3]), MonthFromWord(english.Groups[2].Value), Int(english.Groups[1]));
        }

        var problem = PeriodRules.DateParts(year, month, day);
        date = problem is null ? new LocalDate(year, month, day) : default;
        return problem?.Reason;
    }

    private static int Int(Group group) => int.Parse(group.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    private static int MonthFromWord(string word) => word.ToUpperInvariant()[..3] switch
    {
        "JAN" => 1,
        "FEB" => 2,
        "MAR" => 3,
        "APR" => 4,
        "MAY" => 5,
        "JUN" => 6,
        "JUL" => 7,
        "AUG" => 8,
        "SEP" => 9,
        "OCT" => 10,
        "NOV" => 11,
        _ => 12,
    };

    /// <summary>A Roman numeral in its canonical form (IV, not IIII), or null.</summary>
    private static int? FromRoman(string numeral)
    {
        var upper = numeral.ToUpperInvariant();
        int total = 0, largest = 0;
        for (var i = upper.Length - 1; i >= 0; i--)
        {
            var value = upper[i] switch
            {
                'I' => 1,
                'V' => 5,
                'X' => 10,
                'L' => 50,
                'C' => 100,
                'D' => 500,
                _ => 1000,
            };
            if (value < largest)
            {
                total -= value;
            }
            else
            {
                total += value;
                largest = value;
            }
        }

        return total is > 0 and < 4000 && string.Equals(ToRoman(total), upper, StringComparison.Ordinal) ? total : null;
    }

    private static string ToRoman(int value)
    {
        ReadOnlySpan<int> values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
        var builder = new StringBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            for (; value >= values[i]; value -= values[i])
            {
                builder.Append(symbols[i]);
            }
        }

        return builder.ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    [GeneratedRegex(" ?([/-]) ?", RegexOptions.CultureInvariant)]
    private static partial Regex SpacedSeparator();

    // Neither part may hold a parenthesis: a window is never nested, so reading the parts cannot recurse more than
    // once, and each part ends at the first parenthesis, which keeps matching linear in the label's length.
    [GeneratedRegex(@"^([^()]+?) ?\( ?([^()]+?) ?\)$", Options)]
    private static partial Regex WithWindow();

    [GeneratedRegex("^(?:năm |year )?" + Number + "$", Options)]
    private static partial Regex Year();

    [GeneratedRegex("^(?:lũy kế )?" + Number + " tháng (?:(đầu|cuối) )?năm " + Number + "$", Options)]
    private static partial Regex VietnameseCountOfMonths();

    [GeneratedRegex("^first " + Number + " months? of " + Number + "$", Options)]
    private static partial Regex EnglishFirstMonths();

    [GeneratedRegex("^h" + Number + "[ /-]" + Number + "$", Options)]
    private static partial Regex EnglishHalf();

    [GeneratedRegex("^" + Number + "-?h" + Number + "$", Options)]
    private static partial Regex IsoHalf();

    [GeneratedRegex("^(first|second|1st|2nd) half(?: of)? " + Number + "$", Options)]
    private static partial Regex HalfInWords();

    [GeneratedRegex("^quý ([ivxlcdm]{1,15}|[0-9]{1,9})(?:/| năm |-| )" + Number + "$", Options)]
    private static partial Regex VietnameseQuarter();

    [GeneratedRegex("^q" + Number + "[ /-]" + Number + "$", Options)]
    private static partial Regex EnglishQuarter();

    [GeneratedRegex("^" + Number + "-?q" + Number + "$", Options)]
    private static partial Regex IsoQuarter();

    [GeneratedRegex("^tháng " + Number + "(?:/| năm |-| )" + Number + "$", Options)]
    private static partial Regex VietnameseMonth();

    [GeneratedRegex("^(" + MonthWord + @")\.?[ ,/-]*" + Number + "$", Options)]
    private static partial Regex EnglishMonth();

    [GeneratedRegex("^" + Number + "-([0-9]{1,2})$", Options)]
    private static partial Regex IsoMonth();

    [GeneratedRegex("^" + Number + " months? to (" + MonthWord + @")\.?[ ,]*" + Number + "$", Options)]
    private static partial Regex EnglishMonthsTo();

    [GeneratedRegex("^(" + MonthWord + @")\.?-(" + MonthWord + @")\.?[ ,]*" + Number + "$", Options)]
    private static partial Regex EnglishMonthSpan();

    [GeneratedRegex("^(?:lũy kế|year-to-date|year to date|year to|ytd)(?: từ đầu năm)?(?: đến| tới| to)?(?: hết)?(?: ngày)? (" + DateForm + ")$", Options)]
    private static partial Regex YearToDateEnding();

    [GeneratedRegex("^(?:từ |from )?(?:ngày )?(" + DateForm + ") ?(?:đến|to|-|/) ?(?:ngày )?(" + DateForm + ")$", Options)]
    private static partial Regex DateSpan();

    [GeneratedRegex("^" + Number + "/" + Number + "/" + Number + "$", RegexOptions.CultureInvariant)]
    private static partial Regex VietnameseDate();

    [GeneratedRegex("^" + Number + "-" + Number + "-" + Number + "$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex("^" + Number + " (" + MonthWord + @")\.?,? " + Number + "$", Options)]
    private static partial Regex EnglishDate();

    /// <summary>What a form that matched made of the text: a period, or the reason there is none.</summary>
    private sealed record Outcome(ReportingPeriod? Period, string? Reason)
    {
        public static Outcome Of(ReportingPeriod period) => new(period, null);

        public static Outcome Fail(string reason) => new(null, reason);

        public static Outcome From(PeriodProblem? problem, Func<ReportingPeriod> create) =>
            problem is null ? Of(create()) : Fail(problem.Reason);
    }
}
