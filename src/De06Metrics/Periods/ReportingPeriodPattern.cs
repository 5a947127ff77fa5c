using System.Text;
using De06Metrics.Text;
using NodaTime.Text;

namespace De06Metrics.Periods;

/// <summary>
/// Formats reporting periods in one form (Vietnamese, English or ISO-like) and parses them from any form, returning
/// NodaTime's <see cref="ParseResult{T}"/> so that a failed parse says why without throwing.
/// </summary>
/// <remarks>
/// <para>Forms read (case-insensitive; runs of spaces, the spaces around <c>/</c> and <c>-</c>, and the kind of dash do not matter):</para>
/// <list type="table">
/// <listheader><term>kind</term><description>labels</description></listheader>
/// <item><term>Year</term><description><c>Năm 2024</c>, <c>2024</c>, <c>Year 2024</c></description></item>
/// <item><term>HalfYear</term><description><c>6 tháng đầu năm 2024</c>, <c>6 tháng cuối năm 2024</c>, <c>H1 2024</c>, <c>2024-H2</c>, <c>first half of 2024</c>, <c>first 6 months of 2024</c></description></item>
/// <item><term>Quarter</term><description><c>Quý I/2024</c>, <c>Quý 1/2024</c>, <c>quý I năm 2024</c>, <c>Q1 2024</c>, <c>2024-Q1</c>, <c>2024Q1</c></description></item>
/// <item><term>Month</term><description><c>Tháng 3/2024</c>, <c>Tháng 03/2024</c>, <c>tháng 3 năm 2024</c>, <c>March 2024</c>, <c>Mar 2024</c>, <c>2024-03</c></description></item>
/// <item><term>YearToDate</term><description><c>9 tháng năm 2024</c>, <c>9 tháng đầu năm 2024</c>, <c>Lũy kế đến 10/3/2024</c> (also <c>10/03/2024</c>, <c>lũy kế từ đầu năm đến ngày …</c>), <c>9 months to September 2024</c>, <c>first 9 months of 2024</c>, <c>Jan–Sep 2024</c>, <c>Year to 10 March 2024</c>, <c>YTD 2024-03-10</c></description></item>
/// <item><term>Custom</term><description><c>Từ 15/2/2024 đến 14/3/2024</c>, <c>15 Feb 2024 – 14 Mar 2024</c>, <c>2024-02-15/2024-03-14</c>, <c>Feb–Apr 2024</c></description></item>
/// <item><term>ReportingMonth</term><description>a month label followed by its window in parentheses: <c>Tháng 3/2024 (từ 15/2/2024 đến 14/3/2024)</c>, <c>March 2024 (15 Feb 2024 – 14 Mar 2024)</c></description></item>
/// </list>
/// <para>
/// <c>6 tháng đầu năm</c> and <c>first 6 months of</c> are read as the first half-year, as Vietnamese reports mean
/// them; other counts of months are a year-to-date. Dates are d/M/yyyy (leading zeros optional), yyyy-MM-dd, or
/// "10 March 2024" / "10 Mar 2024". Text in decomposed Unicode (a base letter followed by combining accents) is
/// composed first where the runtime has ICU; under invariant globalization write it precomposed.
/// </para>
/// <para>Every pattern parses every form: the forms never collide, so there is nothing to disambiguate. The pattern
/// chooses only how periods are written. Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class ReportingPeriodPattern : IPattern<ReportingPeriod>
{
    private readonly Language? language;

    private ReportingPeriodPattern(Language? language) => this.language = language;

    /// <summary>Writes Vietnamese labels: <c>Quý I/2024</c>, <c>Lũy kế đến 10/3/2024</c>.</summary>
    public static ReportingPeriodPattern Vietnamese { get; } = new(Language.Vietnamese);

    /// <summary>Writes English labels: <c>Q1 2024</c>, <c>Year to 10 March 2024</c>.</summary>
    public static ReportingPeriodPattern English { get; } = new(Language.English);

    /// <summary>Writes the language-neutral ISO-like form: <c>2024-Q1</c>, <c>YTD 2024-03-10</c>, <c>2024-02-15/2024-03-14</c>.</summary>
    public static ReportingPeriodPattern Iso { get; } = new(null);

    /// <summary>The pattern that writes labels in <paramref name="language"/>.</summary>
    /// <param name="language">The language.</param>
    /// <returns><see cref="Vietnamese"/> or <see cref="English"/> for those languages.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    public static ReportingPeriodPattern ForLanguage(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return language.Equals(Vietnamese.language) ? Vietnamese
            : language.Equals(English.language) ? English
            : new(language);
    }

    /// <summary>Reads a period from a label in any of the forms listed in the remarks.</summary>
    /// <param name="text">The label.</param>
    /// <returns>
    /// The period, or a failure whose exception (a <see cref="FormatException"/>) says why: <c>quarter 5 does not
    /// exist</c>, <c>month 13 does not exist</c>, <c>end 1/1/2024 is before start 2/1/2024</c>,
    /// <c>unrecognised period label '…'</c>.
    /// </returns>
    public ParseResult<ReportingPeriod> Parse(string? text) => PeriodParser.Parse(text);

    /// <summary>Writes <paramref name="value"/> in this pattern's form.</summary>
    /// <param name="value">The period.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    public string Format(ReportingPeriod value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return language is null ? PeriodText.Iso(value) : PeriodText.Label(value, language);
    }

    /// <summary>Appends <paramref name="value"/> in this pattern's form to <paramref name="builder"/>.</summary>
    /// <param name="value">The period.</param>
    /// <param name="builder">The builder to append to.</param>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public StringBuilder AppendFormat(ReportingPeriod value, StringBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Append(Format(value));
    }

    /// <summary>Names the form this pattern writes.</summary>
    /// <returns><c>vi</c>, <c>en</c> or <c>iso</c>.</returns>
    public override string ToString() => language?.Code ?? "iso";
}
