namespace De06Metrics.Growth;

/// <summary>Which earlier period a period's value is compared with.</summary>
public enum PeriodComparison
{
    /// <summary>
    /// The same period a year earlier ("cùng kỳ"): Q1 2024 with Q1 2023, March 2024 with March 2023, 9 months of 2024
    /// with 9 months of 2023 (<see cref="Periods.ReportingPeriod.SamePeriodLastYear"/>).
    /// </summary>
    SamePeriodLastYear = 0,

    /// <summary>
    /// The period just before, of the same kind: Q1 2024 with Q4 2023, January 2024 with December 2023, 2024 with 2023
    /// (<see cref="Periods.ReportingPeriod.Previous"/>; for a year-to-date that is the same span a year earlier).
    /// </summary>
    PreviousPeriod = 1,
}
