using System.Globalization;
using De06Metrics.Periods;
using De06Metrics.Serialization;
using De06Metrics.Text;
using NodaTime;

namespace De06Metrics.Csv;

/// <summary>
/// Reads the text of a table's cells: reporting periods and dates as every scorecard file writes them (see
/// <see cref="ValueText"/>), numbers with the declared decimal separator, and a split's parts cell. Not thread-safe:
/// one instance per read.
/// </summary>
internal sealed class CellValues(DecimalSeparator? decimalSeparator)
{
    private readonly ValueText text = new();

    public DecimalSeparator? DecimalSeparator { get; } = decimalSeparator;

    public bool TryPeriod(string cell, out ReportingPeriod period, out string error) => text.TryPeriod(cell, out period, out error);

    public bool TryDate(string cell, out LocalDate date, out string error) => text.TryDate(cell, out date, out error);

    /// <summary>Reads a number written with the declared decimal separator; when none is declared, only whole numbers.</summary>
    public bool TryNumber(string text, out decimal value, out string error)
    {
        error = string.Empty;
        switch (DecimalSeparator)
        {
            case Csv.DecimalSeparator.Comma when TryPlain(text, ',', Language.Vietnamese, out value):
                return true;
            case Csv.DecimalSeparator.Point when TryPlain(text, '.', Language.English, out value):
                return true;
            case Csv.DecimalSeparator.Comma:
                return FromLanguage(Language.Vietnamese, "a decimal comma", text, out value, out error);
            case Csv.DecimalSeparator.Point:
                return FromLanguage(Language.English, "a decimal point", text, out value, out error);
            default:
                if (text.AsSpan().IndexOfAny('.', ',') >= 0)
                {
                    value = 0m;
                    // File problems are written in English, like every other problem of the readers.
                    error = Language.English[Phrase.CsvDecimalSeparatorUndeclared];
                    return false;
                }

                if (decimal.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value))
                {
                    return true;
                }

                error = "it is not a number.";
                return false;
        }
    }

    /// <summary>
    /// Reads a plain number, the usual cell, without the checks <see cref="Language.ParseNumber"/> makes of thousands
    /// separators and digits beyond a decimal's: a sign, digits, and at most one decimal separator with digits on both
    /// sides, 28 digits at most, which <see cref="decimal"/> holds exactly, keeping the decimals as written ("7,50" is
    /// 7.50). Anything else is left to <see cref="Language.ParseNumber"/>, which reads it or says why not.
    /// </summary>
    private static bool TryPlain(string text, char separator, Language language, out decimal value)
    {
        value = 0m;
        var start = text.Length > 0 && text[0] is '+' or '-' ? 1 : 0;
        var digits = 0;
        var point = -1;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c == separator && point < 0)
            {
                point = i;
            }
            else
            {
                return false;
            }
        }

        if (digits is 0 or > 28 || (point >= 0 && (point == start || point == text.Length - 1)))
        {
            return false;
        }

        return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, language.NumberFormat, out value);
    }

    /// <summary>
    /// Reads a plain number from a cell's UTF-8 bytes without making a string: what <see cref="TryNumber"/> reads the
    /// same way, a sign, digits and at most one declared decimal separator with digits on both sides, 28 digits at most
    /// (or, with no separator declared, a whole number). <see langword="false"/> for anything else, which is then read
    /// by <see cref="TryNumber"/> from the cell's text, with its checks and its reason when it is not a number.
    /// </summary>
    public bool TryPlainNumber(ReadOnlySpan<byte> utf8, out decimal value)
    {
        value = 0m;
        var separator = DecimalSeparator switch
        {
            Csv.DecimalSeparator.Comma => (byte)',',
            Csv.DecimalSeparator.Point => (byte)'.',
            _ => (byte)0,
        };
        var start = utf8.Length > 0 && utf8[0] is (byte)'+' or (byte)'-' ? 1 : 0;
        var digits = 0;
        var point = -1;
        for (var i = start; i < utf8.Length; i++)
        {
            var c = utf8[i];
            if (char.IsAsciiDigit((char)c))
            {
                digits++;
            }
            else if (separator != 0 && c == separator && point < 0)
            {
                point = i;
            }
            else
            {
                return false;
            }
        }

        if (digits is 0 or > 28 || (point >= 0 && (point == start || point == utf8.Length - 1)))
        {
            return false;
        }

        // Up to 18 digits fit a long: the value is its digits and the count of decimals written, built exactly without
        // the general parser. Zero goes to the parser, which decides what a signed zero is.
        if (digits <= 18)
        {
            ulong mantissa = 0;
            for (var i = start; i < utf8.Length; i++)
            {
                if (i != point)
                {
                    mantissa = (mantissa * 10) + (ulong)(utf8[i] - '0');
                }
            }

            if (mantissa != 0)
            {
                var decimals = point < 0 ? 0 : utf8.Length - point - 1;
                value = new decimal(unchecked((int)mantissa), unchecked((int)(mantissa >> 32)), 0, utf8[0] == (byte)'-', (byte)decimals);
                return true;
            }
        }

        return DecimalSeparator switch
        {
            Csv.DecimalSeparator.Comma => decimal.TryParse(utf8, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, Language.Vietnamese.NumberFormat, out value),
            Csv.DecimalSeparator.Point => decimal.TryParse(utf8, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, Language.English.NumberFormat, out value),
            _ => decimal.TryParse(utf8, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value),
        };
    }

    /// <summary>Writes a number exactly, without thousands separators, with the given decimal separator.</summary>
    public static string FormatNumber(decimal value, DecimalSeparator separator)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        return separator == Csv.DecimalSeparator.Comma ? text.Replace('.', ',') : text;
    }

    private static bool FromLanguage(Language language, string convention, string text, out decimal value, out string error)
    {
        var result = language.ParseNumber(text);
        if (result.Success)
        {
            value = result.Value;
            error = string.Empty;
            return true;
        }

        // Language words its message for any caller ("Cannot read 'x' as a … number: why."); keep the why.
        var message = result.Exception.Message;
        var why = message.IndexOf(" number: ", StringComparison.Ordinal) is var at and >= 0 ? message[(at + 9)..] : message;
        value = 0m;
        error = $"not a number written with {convention}: {why}";
        return false;
    }
}
