namespace De06Metrics.Growth;

/// <summary>How the time between two dates is counted in years for compound growth and trends.</summary>
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
}
