using System.Globalization;
using De06Metrics.Measures;
using De06Metrics.Text;
using NodaTime;

namespace De06Metrics.Growth;

/// <summary>
/// A compound annual growth rate (CAGR): the constant yearly growth that takes a start value to an end value,
/// CAGR = (end / start)^(1 / years) − 1, in percent per year. 100 → 121 over 2 years is exactly 10%.
/// </summary>
/// <remarks>
/// <para>
/// Not meaningful (<see cref="Percent"/> is <see langword="null"/>, <see cref="Reason"/> says why) for a zero start
/// value, for start and end of opposite signs, and for a result too large to represent. A fall to zero is
/// meaningful: −100% a year.
/// </para>
/// <para>
/// Two negative values are read against |value|, as a relative change is: −4 → −2 in one year is +50%, and
/// −4 → −1 in two years is +50% a year (−4, −2, −1). The formula is then 1 − (end / start)^(1 / years).
/// </para>
/// <para>
/// Precision: a whole number of years up to 100 gives a root refined in <see cref="decimal"/> arithmetic (about 28
/// significant digits; √1,21 is exactly 1,1). Any other span, such as 1,5 years or days / 365,2425, goes through
/// <see cref="Math.Pow(double, double)"/>: about 15 significant digits. Immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class GrowthRate : IFormattable
{
    private GrowthRate(decimal startValue, decimal endValue, decimal years)
    {
        StartValue = startValue;
        EndValue = endValue;
        Years = years;
        Reason = GrowthMath.TryCompoundGrowth(startValue, endValue, years, out var percent);
        Percent = Reason == NotMeaningfulReason.None ? percent : null;
    }

    /// <summary>The value at the start.</summary>
    public decimal StartValue { get; }

    /// <summary>The value at the end (or the target, for a required rate).</summary>
    public decimal EndValue { get; }

    /// <summary>The years between start and end; positive.</summary>
    public decimal Years { get; }

    /// <summary>The growth in percent per year (10 for 10%); <see langword="null"/> when not meaningful.</summary>
    public decimal? Percent { get; }

    /// <summary>The growth as a fraction per year (0,1 for 10%); <see langword="null"/> when not meaningful.</summary>
    public decimal? Fraction => Percent / 100m;

    /// <summary>Whether <see cref="Percent"/> has a value.</summary>
    public bool IsMeaningful => Percent.HasValue;

    /// <summary>Why <see cref="Percent"/> has no value; <see cref="NotMeaningfulReason.None"/> when it has one.</summary>
    public NotMeaningfulReason Reason { get; }

    /// <summary>The compound annual growth from a start value to an end value over a number of years.</summary>
    /// <param name="startValue">The value at the start.</param>
    /// <param name="endValue">The value at the end.</param>
    /// <param name="years">The years between them; positive, fractions allowed.</param>
    /// <returns>The growth rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="years"/> is zero or negative.</exception>
    public static GrowthRate CompoundAnnual(decimal startValue, decimal endValue, decimal years)
    {
        if (years <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(years), years,
                string.Create(CultureInfo.InvariantCulture, $"Growth needs a positive span of years; {years} was given."));
        }

        return new(startValue, endValue, years);
    }

    /// <summary>
    /// The compound annual growth between two dated values, the years counted in
    /// <see cref="YearCounting.MonthsAndDays"/> (see <see cref="CompoundAnnual(DatedValue, DatedValue, YearCounting)"/>).
    /// </summary>
    /// <param name="start">The earlier value.</param>
    /// <param name="end">The later value; its date after the start's.</param>
    /// <returns>The growth rate.</returns>
    /// <exception cref="ArgumentException">The end date is not after the start date.</exception>
    public static GrowthRate CompoundAnnual(DatedValue start, DatedValue end) => CompoundAnnual(start, end, YearCounting.MonthsAndDays);

    /// <summary>The compound annual growth between two dated values, the years counted as <paramref name="counting"/> says.</summary>
    /// <param name="start">The earlier value.</param>
    /// <param name="end">The later value; its date after the start's.</param>
    /// <param name="counting">How years are counted (see <see cref="YearFraction.Between"/>).</param>
    /// <returns>The growth rate.</returns>
    /// <exception cref="ArgumentException">
    /// The end date is not after the start date, or the span does not fit <paramref name="counting"/>.
    /// </exception>
    public static GrowthRate CompoundAnnual(DatedValue start, DatedValue end, YearCounting counting)
    {
        EnsureAfter(start.Date, end.Date, nameof(end));
        return new(start.Value, end.Value, YearFraction.Between(start.Date, end.Date, counting));
    }

    /// <summary>
    /// The compound annual growth needed to go from a value to a target by the target's date: the same formula with
    /// the target as the end. 50 → 80 in 6 years needs (80 / 50)^(1/6) − 1 = 8,1484…% a year.
    /// </summary>
    /// <param name="from">The value to start from (a baseline, or the latest observation).</param>
    /// <param name="target">The target value and the date by which it is due; after <paramref name="from"/>.</param>
    /// <param name="counting">How years are counted.</param>
    /// <returns>The required growth rate.</returns>
    /// <exception cref="ArgumentException">The target date is not after the start date, or the span does not fit <paramref name="counting"/>.</exception>
    public static GrowthRate RequiredToReach(DatedValue from, DatedValue target, YearCounting counting = YearCounting.MonthsAndDays)
    {
        EnsureAfter(from.Date, target.Date, nameof(target));
        return new(from.Value, target.Value, YearFraction.Between(from.Date, target.Date, counting));
    }

    /// <summary>
    /// The value reached by growing <paramref name="value"/> at this rate for <paramref name="years"/> years, as
    /// UNSD projects a target year: value × (1 + g)^years (for a negative value, value × (1 − g)^years).
    /// </summary>
    /// <param name="value">The value to grow.</param>
    /// <param name="years">The years to grow it; not negative.</param>
    /// <returns>The projected value, or <see langword="null"/> when the rate is not meaningful or the result too large.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="years"/> is negative.</exception>
    public decimal? Project(decimal value, decimal years)
    {
        if (years < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(years), years,
                string.Create(CultureInfo.InvariantCulture, $"A projection runs forward; {years} years was given."));
        }

        if (Fraction is not { } g)
        {
            return null;
        }

        var factor = value >= 0m ? 1m + g : 1m - g;
        try
        {
            if (decimal.IsInteger(years) && years <= 1000m)
            {
                return value * GrowthMath.Power(factor, (int)years);
            }

            var power = Math.Pow((double)factor, (double)years);
            return double.IsFinite(power) && Math.Abs(power) < 7.9e27 ? value * (decimal)power : null;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>
    /// Writes the rate: "tăng bình quân 10,0%/năm" / "up 10.0% a year on average"; "giảm bình quân 5,0%/năm";
    /// "không tính được tốc độ tăng bình quân vì giá trị gốc bằng 0".
    /// </summary>
    /// <param name="language">The language.</param>
    /// <param name="decimals">Decimals of the percent, 0 to 28.</param>
    /// <returns>The text, without a capital or full stop.</returns>
    public string Describe(Language language, int decimals = 1)
    {
        ArgumentNullException.ThrowIfNull(language);
        if (Percent is not { } percent)
        {
            return language.Format(Phrase.GrowthRateNotComputed, GrowthText.Reason(Reason, language));
        }

        var size = GrowthText.Percent(Math.Abs(percent), decimals, language);
        return percent switch
        {
            > 0m => language.Format(Phrase.GrowthRateUp, size),
            < 0m => language.Format(Phrase.GrowthRateDown, size),
            _ => language[Phrase.GrowthRateUnchanged],
        };
    }

    /// <summary>Writes the rate in the current culture's language with one decimal.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>Writes the rate.</summary>
    /// <param name="format">The measure formats (the table in docs/concepts.md, "Format strings"): <c>null</c>, empty or <c>G</c> for one decimal; <c>N</c> and a digit count for that many.</param>
    /// <param name="formatProvider">A <see cref="Language"/> or culture; <see langword="null"/> for the current culture.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format is not one of those above.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var language = Language.FromProvider(formatProvider);
        return NumericFormat.Decimals(format, "growth") is { } decimals ? Describe(language, decimals) : Describe(language);
    }

    internal static void EnsureAfter(LocalDate earlier, LocalDate later, string paramName)
    {
        if (later <= earlier)
        {
            throw new ArgumentException(
                $"The date {YearFraction.Iso(later)} must be after {YearFraction.Iso(earlier)}.", paramName);
        }
    }
}
