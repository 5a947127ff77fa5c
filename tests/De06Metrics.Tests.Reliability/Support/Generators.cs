using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Ranking;
using FsCheck;
using FsCheck.Fluent;

namespace De06Metrics.Tests.Reliability.Support;

/// <summary>
/// Generators aimed at the edges: many ties, missing values, signed zeros and infinities for ranking; periods of
/// every kind from 1900 to 9999, leap days and month ends included; decimals of every scale up to the type's limits.
/// </summary>
internal static partial class Generators
{
    /// <summary>A double drawn so that ties, NaN, ±0 and ±∞ are common.</summary>
    public static Gen<double> RankableDouble { get; } = Gen.Frequency(
        (6, Gen.Choose(-5, 5).Select(i => (double)i)),
        (2, Gen.Choose(-1_000_000, 1_000_000).Select(i => i / 64.0)),
        (1, Gen.Elements(double.NaN, double.PositiveInfinity, double.NegativeInfinity, 0.0, -0.0, double.Epsilon, -double.Epsilon, double.MaxValue, double.MinValue)));

    /// <summary>Ranking options of every polarity that ranks, tie method, missing placement, pct and a dyadic tolerance.</summary>
    public static Gen<RankOptions> Options(params TieMethod[] ties) =>
        from polarity in Gen.Elements(Polarity.HigherIsBetter, Polarity.LowerIsBetter)
        from tie in Gen.Elements(ties)
        from missing in Gen.Elements(MissingPlacement.Keep, MissingPlacement.Top, MissingPlacement.Bottom)
        from pct in Gen.Elements(false, true)
        from tolerance in Gen.Frequency((3, Gen.Constant(0m)), (1, Gen.Elements(0.25m, 1m, 2.5m)))
        select new RankOptions(polarity, tie, missing, pct, tolerance);

    /// <summary>Values to rank with a permutation of their positions.</summary>
    public static Gen<(double[] Values, int[] Permutation)> ValuesWithPermutation { get; } =
        from values in Gen.ArrayOf(RankableDouble)
        from permutation in Gen.Shuffle(Enumerable.Range(0, values.Length).ToArray())
        select (values, permutation);

    /// <summary>
    /// Decimals with at most 15 significant digits, so that each converts to a distinct double in the same order
    /// (a double holds 15 to 17 significant digits); drawn from a small pool half of the time, for ties.
    /// </summary>
    public static Gen<decimal> DoubleSafeDecimal { get; } = Gen.Frequency(
        (1, Gen.Choose(-20, 20).Select(i => i / 4m)),
        (1, from mantissa in Gen.Choose(-999_999_999, 999_999_999)
            from scale in Gen.Choose(0, 6)
            select new decimal(Math.Abs(mantissa), 0, 0, mantissa < 0, (byte)scale)));

    /// <summary>Arrays long enough, now and then, to take the radix-sort path (4 096 values and more).</summary>
    public static Gen<decimal[]> DoubleSafeDecimals { get; } = Gen.Frequency(
        (4, Gen.ArrayOf(DoubleSafeDecimal)),
        (1, from length in Gen.Choose(4_096, 6_000)
            from values in Gen.ArrayOf(DoubleSafeDecimal, length)
            select values));

    /// <summary>A numerator and denominator as reported: whole counts, or amounts with up to 4 decimals.</summary>
    public static Gen<(decimal Numerator, decimal Denominator)> Parts { get; } =
        from denominator in Gen.Frequency(
            (3, Gen.Choose(1, 1_000_000).Select(i => (decimal)i)),
            (1, Gen.Choose(1, 100_000_000).Select(i => i / 10_000m)))
        from share in Gen.Choose(0, 1_000_000)
        select (decimal.Round(denominator * share / 1_000_000m, 4), denominator);

    /// <summary>Any decimal: every scale from 0 to 28, magnitudes up to decimal.MaxValue, and the usual suspects.</summary>
    public static Gen<decimal> AnyDecimal { get; } = Gen.Frequency(
        (4, from low in Gen.Choose(int.MinValue, int.MaxValue)
            from mid in Gen.Choose(int.MinValue, int.MaxValue)
            from high in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(int.MinValue, int.MaxValue)))
            from negative in Gen.Elements(false, true)
            from scale in Gen.Choose(0, 28)
            select new decimal(low, mid, high, negative, (byte)scale)),
        (2, Gen.Choose(-100_000, 100_000).Select(i => i / 10m)),
        (1, Gen.Elements(0m, -0m, 1m, -1m, 0.5m, -0.5m, 0.0000000000000000000000000001m, decimal.MaxValue, decimal.MinValue, 999.9995m)));

    /// <summary>A reporting period of any kind anywhere in the supported range, leaning on month ends and leap years.</summary>
    public static Gen<ReportingPeriod> Period { get; } = Gen.OneOf(
        Year.Select(ReportingPeriod.ForYear),
        from year in Year from half in Gen.Choose(1, 2) select ReportingPeriod.ForHalfYear(year, half),
        from year in Year from quarter in Gen.Choose(1, 4) select ReportingPeriod.ForQuarter(year, quarter),
        from year in Year from month in Gen.Choose(1, 12) select ReportingPeriod.ForMonth(year, month),
        from year in Year from months in Gen.Choose(1, 12) select ReportingPeriod.ForMonthsToDate(year, months),
        Date.Select(ReportingPeriod.YearToDate),
        from start in Date
        from length in Gen.Frequency((3, Gen.Choose(0, 120)), (1, Gen.Choose(0, 3_000)))
        where NodaTime.Period.DaysBetween(start, new LocalDate(ReportingPeriod.MaxYear, 12, 31)) >= length
        select ReportingPeriod.Custom(start, start.PlusDays(length)),
        from year in Year
        from month in Gen.Choose(1, 12)
        from startDay in Gen.Choose(2, 28)
        where year > ReportingPeriod.MinYear || month > 1
        select ReportingPeriod.ForReportingMonth(year, month, startDay));

    private static Gen<int> Year => Gen.Frequency(
        (3, Gen.Choose(2000, 2040)),
        (1, Gen.Choose(ReportingPeriod.MinYear, ReportingPeriod.MaxYear)),
        (1, Gen.Elements(ReportingPeriod.MinYear, ReportingPeriod.MinYear + 1, ReportingPeriod.MaxYear - 1, ReportingPeriod.MaxYear, 2000, 2100)));

    private static Gen<LocalDate> Date => Gen.Frequency(
        (3, from year in Year
            from dayOfYear in Gen.Choose(1, 366)
            select new LocalDate(year, 1, 1).PlusDays(Math.Min(dayOfYear, CalendarSystem.Iso.GetDaysInYear(year)) - 1)),
        (1, from year in Year
            from month in Gen.Choose(1, 12)
            from fromEnd in Gen.Choose(0, 2)
            select new LocalDate(year, month, CalendarSystem.Iso.GetDaysInMonth(year, month) - fromEnd)));
}
