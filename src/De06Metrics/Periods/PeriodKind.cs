namespace De06Metrics.Periods;

/// <summary>What kind of stretch of the calendar a <see cref="ReportingPeriod"/> is.</summary>
/// <remarks>
/// The kind is part of a period's identity: the first half-year of 2024 (<c>6 tháng đầu năm 2024</c>) and the six
/// months to date ending 30 June 2024 (<c>6 tháng năm 2024</c>) cover the same days but are different periods,
/// because they step differently (<see cref="ReportingPeriod.Previous"/>) and are labelled differently.
/// </remarks>
public enum PeriodKind
{
    /// <summary>A calendar year, 1 January to 31 December (<c>Năm 2024</c>, <c>2024</c>).</summary>
    Year = 0,

    /// <summary>
    /// A half-year: January to June (ordinal 1, <c>6 tháng đầu năm 2024</c>, <c>H1 2024</c>) or July to December
    /// (ordinal 2, <c>6 tháng cuối năm 2024</c>, <c>H2 2024</c>).
    /// </summary>
    HalfYear = 1,

    /// <summary>A calendar quarter, ordinal 1 to 4 (<c>Quý I/2024</c>, <c>Q1 2024</c>).</summary>
    Quarter = 2,

    /// <summary>A calendar month, ordinal 1 to 12 (<c>Tháng 3/2024</c>, <c>March 2024</c>).</summary>
    Month = 3,

    /// <summary>
    /// From 1 January up to and including an end date in the same year, the cumulative figure Vietnamese reports
    /// call <c>lũy kế</c>: <c>9 tháng năm 2024</c> (to 30 September) or <c>Lũy kế đến 10/3/2024</c>.
    /// </summary>
    YearToDate = 4,

    /// <summary>Any interval of whole days (<c>Từ 15/2/2024 đến 14/3/2024</c>).</summary>
    Custom = 5,

    /// <summary>
    /// A monthly reporting window that runs from a fixed day of the previous month to the day before it in the
    /// named month, such as 15 February to 14 March 2024 for March 2024 (<c>Tháng 3/2024 (từ 15/2/2024 đến
    /// 14/3/2024)</c>). Its ordinal is the month it reports on.
    /// </summary>
    ReportingMonth = 6,
}
