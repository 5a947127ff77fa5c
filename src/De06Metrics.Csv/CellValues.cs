using System.Collections.Immutable;
using System.Globalization;
using De06Metrics.Periods;
using De06Metrics.Serialization;
using De06Metrics.Text;
using De06Metrics.Timeline;
using De06Metrics.Units;
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
            case Csv.DecimalSeparator.Comma:
                return FromLanguage(Language.Vietnamese, "a decimal comma", text, out value, out error);
            case Csv.DecimalSeparator.Point:
                return FromLanguage(Language.English, "a decimal point", text, out value, out error);
            default:
                if (text.AsSpan().IndexOfAny('.', ',') >= 0)
                {
                    value = 0m;
                    error = "the number has a separator but no decimal separator is declared, so it could be read two ways "
                        + "(88,8 or 888; 903.221 or 903,221): declare decimal_separator as comma or point.";
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

/// <summary>The parts cell of a split in <c>successions.csv</c>.</summary>
internal static class PartsCell
{
    /// <summary>
    /// Reads a split's parts as a CSV cell writes them: parts separated by <c>|</c>, each a unit id, then optionally
    /// <c>=</c> and its share, then optionally <c>:</c> and the children it takes, separated by <c>;</c> or <c>,</c>:
    /// <c>HG.A=0,6: HG.A.1; HG.A.2 | HG.B=0,4: HG.B.1</c>.
    /// </summary>
    public static ImmutableArray<PartSpec>? Parse(string text, CellValues values, out string error)
    {
        error = string.Empty;
        var parts = ImmutableArray.CreateBuilder<PartSpec>();
        foreach (var piece in text.Split('|', StringSplitOptions.TrimEntries))
        {
            var colon = piece.IndexOf(':', StringComparison.Ordinal);
            var head = (colon < 0 ? piece : piece[..colon]).Trim();
            var tail = colon < 0 ? string.Empty : piece[(colon + 1)..];
            var equals = head.IndexOf('=', StringComparison.Ordinal);
            var id = (equals < 0 ? head : head[..equals]).Trim();
            if (id.Length == 0 || id.AsSpan().IndexOfAny(";,") >= 0)
            {
                error = $"the part '{piece}' does not start with a unit id; write each part as UNIT=SHARE: CHILD; CHILD, parts separated by '|'.";
                return null;
            }

            decimal? share = null;
            if (equals >= 0)
            {
                var number = head[(equals + 1)..].Trim();
                if (!values.TryNumber(number, out var value, out var why))
                {
                    error = $"the share '{number}' of part '{id}': {why}";
                    return null;
                }

                share = value;
            }

            var children = tail.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(child => new UnitId(child)).ToImmutableArray();
            parts.Add(new PartSpec(new UnitId(id), share, children));
        }

        return parts.ToImmutable();
    }

    /// <summary>Writes a split's parts in the form <see cref="Parse"/> reads.</summary>
    public static string Format(UnitSplit split, DecimalSeparator separator) => string.Join(" | ", split.Parts.Select(part =>
        part.Successor.Value +
        (part.Share is { } share ? "=" + CellValues.FormatNumber(share, separator) : string.Empty) +
        (part.Children.IsEmpty ? string.Empty : ": " + string.Join("; ", part.Children.Select(child => child.Value)))));

}
