namespace De06Metrics.Growth;

/// <summary>
/// How the time between two dates is counted in years for compound growth and trends. The default of every method is
/// <see cref="MonthsAndDays"/>, which works for any two dates and equals <see cref="WholeMonths"/> between month ends.
/// </summary>
/// <remarks>See <see cref="YearFraction.Between"/> for the exact rules and examples.</remarks>
public enum YearCounting
{
    /// <summary>
    /// Whole calendar months divided by 12, the natural count between the ends of reporting periods: 31/12/2022 to
    /// 31/12/2024 is exactly 2 years, leap day or not. Month ends count as aligned (28/02/2023 to 29/02/2024 is 12
    /// months). A span that is not a whole number of months is rejected rather than rounded.
    /// </summary>
    WholeMonths = 0,

    /// <summary>
    /// Days divided by the mean Gregorian year of 365,2425 days: 31/12/2023 to 31/12/2024 (366 days) is
    /// 1,00207… years. Works for any two dates, such as an "as of" date inside a quarter.
    /// </summary>
    ActualDays = 1,

    /// <summary>
    /// Whole calendar months as <see cref="WholeMonths"/> counts them, then the days left over as a share of the month
    /// they fall in, all divided by 12: the default, which gives the whole-month count between period ends and a
    /// fraction for any other date. 31/12/2023 to 10/03/2024 is (2 + 10/31) / 12 = 0,19355… years.
    /// </summary>
    MonthsAndDays = 2,
}
