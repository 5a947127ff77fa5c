using System.Globalization;
using De06Metrics.Periods;
using NodaTime;

namespace De06Metrics.Serialization;

/// <summary>
/// Reads and writes the text forms of a scorecard file's periods and dates: reporting periods (any label
/// <see cref="ReportingPeriod.Parse"/> reads, remembered so that a label repeated on 100 000 rows is read once) and dates
/// (dd/MM/yyyy or yyyy-MM-dd). JSON and the CSV tables share them. Not thread-safe: one instance per read.
/// </summary>
internal sealed class ValueText
{
    private readonly Dictionary<string, (ReportingPeriod? Period, string? Error)> periods = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (LocalDate Date, string? Error)> dates = new(StringComparer.Ordinal);

    public bool TryPeriod(string text, out ReportingPeriod period, out string error)
    {
        if (!periods.TryGetValue(text, out var known))
        {
            var result = ReportingPeriodPattern.Vietnamese.Parse(text);
            known = result.Success ? (result.Value, null) : (null, result.Exception.Message);
            periods[text] = known;
        }

        period = known.Period!;
        error = known.Error ?? string.Empty;
        return known.Period is not null;
    }

    public bool TryDate(string text, out LocalDate date, out string error)
    {
        if (!dates.TryGetValue(text, out var known))
        {
            known = ParseDate(text);
            dates[text] = known;
        }

        date = known.Date;
        error = known.Error ?? string.Empty;
        return known.Error is null;
    }

    private static (LocalDate, string?) ParseDate(string text)
    {
        const string Expected = "expected a date as dd/MM/yyyy (10/3/2024) or yyyy-MM-dd (2024-03-10).";
        var span = text.AsSpan().Trim();
        int day, month, year;
        if (span.Contains('/'))
        {
            // Day first, as Vietnamese documents write dates; a leading zero is optional.
            if (!Split(span, '/', out var a, out var b, out var c) || !Digits(a, 1, 2, out day) || !Digits(b, 1, 2, out month) || !Digits(c, 4, 4, out year))
            {
                return (default, Expected);
            }
        }
        else if (!Split(span, '-', out var a, out var b, out var c) || !Digits(a, 4, 4, out year) || !Digits(b, 2, 2, out month) || !Digits(c, 2, 2, out day))
        {
            return (default, Expected);
        }

        if (year is < ReportingPeriod.MinYear or > ReportingPeriod.MaxYear)
        {
            return (default, string.Create(CultureInfo.InvariantCulture, $"the year {year} lies outside {ReportingPeriod.MinYear} to {ReportingPeriod.MaxYear}."));
        }

        if (month is < 1 or > 12)
        {
            return (default, string.Create(CultureInfo.InvariantCulture, $"month {month} does not exist."));
        }

        var length = CalendarSystem.Iso.GetDaysInMonth(year, month);
        if (day < 1 || day > length)
        {
            var monthName = new LocalDate(year, month, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture);
            return (default, string.Create(CultureInfo.InvariantCulture, $"it is not a date: {monthName} has {length} days."));
        }

        return (new LocalDate(year, month, day), null);
    }

    private static bool Split(ReadOnlySpan<char> text, char separator, out ReadOnlySpan<char> first, out ReadOnlySpan<char> second, out ReadOnlySpan<char> third)
    {
        first = second = third = default;
        var i = text.IndexOf(separator);
        if (i < 0)
        {
            return false;
        }

        first = text[..i];
        var rest = text[(i + 1)..];
        var j = rest.IndexOf(separator);
        if (j < 0)
        {
            return false;
        }

        second = rest[..j];
        third = rest[(j + 1)..];
        return true;
    }

    private static bool Digits(ReadOnlySpan<char> text, int min, int max, out int value)
    {
        value = 0;
        if (text.Length < min || text.Length > max)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    /// <summary>Writes a date in the ISO form every reader accepts: 2024-03-10.</summary>
    public static string FormatDate(LocalDate date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Year:D4}-{date.Month:D2}-{date.Day:D2}");
}
