using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Text;

namespace De06Metrics.Excel;

/// <summary>
/// The number formats of the workbook's number cells and the numbers they hold, by measure. Excel stores a format
/// code invariantly (<c>#,##0.0</c>: comma for thousands, point for decimals) and shows it with the reader's own
/// separators, so a Vietnamese Excel shows <c>#,##0.0</c> as <c>1.234,5</c>; the codes here are therefore the same in
/// every language.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class ExcelFormats
{
    /// <summary>Whole numbers with thousands grouped: <c>#,##0</c>.</summary>
    public const string Whole = "#,##0";

    /// <summary>Two decimals: <c>0.00</c>, for a score out of 100.</summary>
    public const string TwoDecimals = "0.00";

    /// <summary>
    /// The number a cell holds for a value of the measure: a rate as a fraction (88,8% is 0.888, shown by a percentage
    /// format), every other measure as it is (money in whole units of its currency, not at its display scale).
    /// </summary>
    public static decimal CellValue(Measure measure, decimal value) => measure.Kind == MeasureKind.Rate ? value / 100m : value;

    /// <summary>The format of a value of the indicator: <c>0.0%</c>, <c>#,##0</c>, <c>0.00</c>.</summary>
    public static string ValueFormat(Indicator indicator)
    {
        var fraction = Fraction(indicator.DisplayDecimals);
        return indicator.Measure.Kind switch
        {
            MeasureKind.Rate => "0" + fraction + "%",
            MeasureKind.Count => Whole + fraction,
            MeasureKind.Money => Whole,
            MeasureKind.Score => "0" + fraction,
            _ => "0",
        };
    }

    /// <summary>
    /// The format of a difference (a margin, a change) in the measure's difference unit, with its sign:
    /// <c>+0.0;-0.0;0.0</c> for percentage points, <c>+#,##0;-#,##0;0</c> for counts and money.
    /// </summary>
    public static string DifferenceFormat(Indicator indicator)
    {
        var fraction = Fraction(indicator.DisplayDecimals);
        var body = indicator.Measure.Kind is MeasureKind.Count or MeasureKind.Money ? Whole : "0";
        body += indicator.Measure.Kind == MeasureKind.Money ? string.Empty : fraction;
        return "+" + body + ";-" + body + ";" + body;
    }

    /// <summary>
    /// The unit a number of the measure is in, as the report writes it: <c>%</c>, <c>hồ sơ</c>, <c>tỷ đồng</c> /
    /// <c>VND billion</c>; empty for a rank or yes/no.
    /// </summary>
    public static string UnitOf(Measure measure, Language language, bool scaled)
    {
        switch (measure.Kind)
        {
            case MeasureKind.Rate:
                return "%";
            case MeasureKind.Count:
                return measure.CountUnit?.In(language) ?? string.Empty;
            case MeasureKind.Money:
                // The money phrase without its number: "{0} tỷ {1}" gives "tỷ đồng", "{2} {0} billion" gives "VND billion".
                var text = scaled ? measure.FormatValue(0m, 0, language) : Measure.Money(measure.Currency).FormatValue(0m, 0, language);
                return string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(word => word != "0"));
            case MeasureKind.Score:
                return "/" + language.FormatNumber(measure.MaximumScore, 0);
            default:
                return string.Empty;
        }
    }

    /// <summary>
    /// The format of a date cell, made from the language's short date (<see cref="Phrase.PeriodDateShort"/>) so that the
    /// cell shows the date as the report's text does: <c>d/m/yyyy</c> (10/3/2024) in Vietnamese, <c>d mmm yyyy</c>
    /// (10 Mar 2024) in English.
    /// </summary>
    /// <remarks>
    /// The template's day, month, year and month-name placeholders become <c>d</c>, <c>m</c>, <c>yyyy</c> and
    /// <c>mmm</c>; a separator (<c>/ . - ,</c> or a space) stays as it is and any other text is quoted, so every
    /// template gives a valid code. Excel writes <c>mmm</c> in the reader's own language.
    /// </remarks>
    public static string DateFormat(Language language)
    {
        var template = language[Phrase.PeriodDateShort];
        var format = new System.Text.StringBuilder();
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] == '{' && i + 2 < template.Length && template[i + 2] == '}' && template[i + 1] is >= '0' and <= '3')
            {
                format.Append(template[i + 1] switch { '0' => "d", '1' => "m", '2' => "yyyy", _ => "mmm" });
                i += 2;
            }
            else if (template[i] is '/' or '.' or '-' or ',' or ' ')
            {
                format.Append(template[i]);
            }
            else
            {
                // A literal in quotes; a quote itself cannot be quoted and is escaped instead.
                format.Append(template[i] == '"' ? "\\\"" : "\"" + template[i] + "\"");
            }
        }

        return format.ToString();
    }

    private static string Fraction(int decimals) => decimals > 0 ? "." + new string('0', decimals) : string.Empty;
}
