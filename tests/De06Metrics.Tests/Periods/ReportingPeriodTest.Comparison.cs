using De06Metrics.Periods;

namespace De06Metrics.Tests.Periods;

public partial class ReportingPeriodTest
{
    [Fact]
    public void Periods_with_the_same_kind_and_dates_are_equal_and_hash_alike()
    {
        var built = ReportingPeriod.ForQuarter(2024, 1);
        var contained = ReportingPeriod.Containing(new LocalDate(2024, 2, 10), PeriodKind.Quarter);

        built.Equals(contained).Should().BeTrue();
        (built == contained).Should().BeTrue();
        (built != contained).Should().BeFalse();
        built.GetHashCode().Should().Be(contained.GetHashCode());
        built.Should().NotBeSameAs(contained);
    }

    [Fact]
    public void The_kind_is_part_of_equality()
    {
        var quarter = ReportingPeriod.ForQuarter(2024, 1);
        var sameDays = ReportingPeriod.Custom(new LocalDate(2024, 1, 1), new LocalDate(2024, 3, 31));

        quarter.Should().NotBe(sameDays);
        (quarter == sameDays).Should().BeFalse();
        ReportingPeriod.ForHalfYear(2024, 1).Should().NotBe(ReportingPeriod.ForMonthsToDate(2024, 6));
        ReportingPeriod.ForReportingMonth(2024, 3, 15).Should().NotBe(ReportingPeriod.Custom(new LocalDate(2024, 2, 15), new LocalDate(2024, 3, 14)));
    }

    [Fact]
    public void Equality_handles_null_and_other_types()
    {
        var quarter = ReportingPeriod.ForQuarter(2024, 1);
        ReportingPeriod? none = null;

        quarter.Equals((object)"Q1 2024").Should().BeFalse();
        (quarter == none).Should().BeFalse();
        (none == null).Should().BeTrue();
        quarter.Equals(none).Should().BeFalse();
    }

    [Fact]
    public void Equal_periods_find_each_other_in_a_set()
    {
        var set = new HashSet<ReportingPeriod> { ReportingPeriod.ForMonth(2024, 3), ReportingPeriod.ForMonth(2024, 3), ReportingPeriod.ForQuarter(2024, 1) };

        set.Should().HaveCount(2);
        set.Should().Contain(ReportingPeriod.Containing(new LocalDate(2024, 3, 10), PeriodKind.Month));
    }

    [Fact]
    public void Periods_sort_by_start_then_end_then_kind()
    {
        var year = ReportingPeriod.ForYear(2024);
        var halfYear = ReportingPeriod.ForHalfYear(2024, 1);
        var sixMonthsToDate = ReportingPeriod.ForMonthsToDate(2024, 6);
        var quarter = ReportingPeriod.ForQuarter(2024, 1);
        var january = ReportingPeriod.ForMonth(2024, 1);
        var december = ReportingPeriod.ForMonth(2023, 12);
        var reportingJanuary = ReportingPeriod.ForReportingMonth(2024, 1, 15);

        var sorted = new List<ReportingPeriod> { year, sixMonthsToDate, quarter, halfYear, january, reportingJanuary, december };
        sorted.Sort();

        // Starts: 1/12/2023, 15/12/2023, then 1/1/2024 for the rest, ordered by end (31/1, 31/3, 30/6, 30/6, 31/12);
        // the half-year and six months to date share both dates and sort by kind, HalfYear before YearToDate.
        sorted.Should().Equal(december, reportingJanuary, january, quarter, halfYear, sixMonthsToDate, year);
    }

    [Fact]
    public void Comparison_operators_follow_CompareTo()
    {
        var q1 = ReportingPeriod.ForQuarter(2024, 1);
        var q2 = ReportingPeriod.ForQuarter(2024, 2);
        var q1Again = ReportingPeriod.ForQuarter(2024, 1);

        (q1 < q2).Should().BeTrue();
        (q2 > q1).Should().BeTrue();
        (q1 <= q1Again).Should().BeTrue();
        (q1 >= q1Again).Should().BeTrue();
        (q2 <= q1).Should().BeFalse();
        (q1 >= q2).Should().BeFalse();
        q1.CompareTo(q1Again).Should().Be(0);
    }

    [Fact]
    public void Null_sorts_before_every_period()
    {
        var quarter = ReportingPeriod.ForQuarter(2024, 1);
        ReportingPeriod? none = null;
        ReportingPeriod? alsoNone = null;

        quarter.CompareTo(null).Should().BePositive();
        (none < quarter).Should().BeTrue();
        (quarter > none).Should().BeTrue();
        (none <= alsoNone).Should().BeTrue();
        ((IComparable)quarter).CompareTo(null).Should().BePositive();
    }

    [Fact]
    public void The_non_generic_comparison_rejects_other_types()
    {
        var quarter = (IComparable)ReportingPeriod.ForQuarter(2024, 1);

        quarter.CompareTo(ReportingPeriod.ForQuarter(2023, 4)).Should().BePositive();
        var act = () => quarter.CompareTo("Q1 2024");
        act.Should().Throw<ArgumentException>().WithParameterName("obj").WithMessage("*String*");
    }
}
