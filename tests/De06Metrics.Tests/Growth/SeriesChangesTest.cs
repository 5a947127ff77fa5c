using De06Metrics;
using De06Metrics.Growth;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Text;
using De06Metrics.Units;
using static De06Metrics.Tests.Growth.GrowthIndicators;

namespace De06Metrics.Tests.Growth;

public class SeriesChangesTest
{
    private static PeriodValue Q(int year, int quarter, decimal value) => new(ReportingPeriod.ForQuarter(year, quarter), value);

    [Fact]
    public void Same_period_last_year_pairs_Q1_with_Q1()
    {
        // Q1 2023 72,3% → Q1 2024 88,8%: +16,5 points against the same quarter a year before, not against Q4 2023.
        PeriodValue[] series = [Q(2023, 1, 72.3m), Q(2023, 4, 80m), Q(2024, 1, 88.8m)];

        var changes = SeriesChanges.Compare(OnlineRate, series, PeriodComparison.SamePeriodLastYear, ChangeKind.PercentagePoints);

        changes.Should().HaveCount(3);
        var q1 = changes[2];
        q1.Period.Should().Be(ReportingPeriod.ForQuarter(2024, 1));
        q1.BasePeriod.Should().Be(ReportingPeriod.ForQuarter(2023, 1));
        q1.BaseValue.Should().Be(72.3m);
        q1.Change!.Amount.Should().Be(16.5m);
        q1.Describe(Language.Vietnamese).Should().Be("tăng 16,5 điểm phần trăm so với cùng kỳ năm 2023");
        q1.Describe(Language.English).Should().Be("up 16.5 percentage points on Q1 2023");
    }

    [Fact]
    public void A_missing_base_period_is_a_gap_not_the_neighbour()
    {
        // Q4 2023 is missing: Q1 2024 must not be compared with Q3 2023.
        PeriodValue[] series = [Q(2023, 2, 70m), Q(2023, 3, 75m), Q(2024, 1, 88.8m)];

        var changes = SeriesChanges.Compare(OnlineRate, series, PeriodComparison.PreviousPeriod, ChangeKind.PercentagePoints);

        changes[0].IsGap.Should().BeTrue();
        changes[1].Change!.Amount.Should().Be(5m);
        changes[1].Describe(Language.Vietnamese).Should().Be("tăng 5,0 điểm phần trăm so với quý II/2023");
        var gap = changes[2];
        gap.IsGap.Should().BeTrue();
        gap.Change.Should().BeNull();
        gap.BaseValue.Should().BeNull();
        gap.BasePeriod.Should().Be(ReportingPeriod.ForQuarter(2023, 4));
        gap.Reason.Should().Be(NotMeaningfulReason.MissingBase);
        gap.Describe(Language.Vietnamese).Should().Be("không có số liệu quý IV/2023 để so sánh");
        gap.Describe(Language.English).Should().Be("no value for Q4 2023 to compare with");
    }

    [Fact]
    public void Previous_month_and_year_read_with_a_small_letter_in_vietnamese()
    {
        PeriodValue[] months = [new(ReportingPeriod.ForMonth(2023, 12), 110m), new(ReportingPeriod.ForMonth(2024, 1), 121m)];
        var january = SeriesChanges.Compare(HealthRecords, months, PeriodComparison.PreviousPeriod, ChangeKind.Percent)[1];
        january.Change!.Amount.Should().Be(10m);
        january.Describe(Language.Vietnamese).Should().Be("tăng 10,0% so với tháng 12/2023");
        january.Describe(Language.English).Should().Be("up 10.0% on December 2023");

        PeriodValue[] years = [new(ReportingPeriod.ForYear(2022), 40m), new(ReportingPeriod.ForYear(2023), 38m)];
        SeriesChanges.Compare(HealthRecords, years, PeriodComparison.SamePeriodLastYear, ChangeKind.Units)[1]
            .Describe(Language.Vietnamese).Should().Be("giảm 2 hồ sơ so với năm 2022");
    }

    [Fact]
    public void Year_to_date_pairs_with_the_same_span_a_year_earlier()
    {
        PeriodValue[] series = [new(ReportingPeriod.ForMonthsToDate(2023, 9), 50m), new(ReportingPeriod.ForMonthsToDate(2024, 9), 60m)];

        var nine = SeriesChanges.Compare(HealthRecords, series, PeriodComparison.SamePeriodLastYear, ChangeKind.Percent)[1];

        nine.Change!.Amount.Should().Be(20m);
        nine.Describe(Language.English).Should().Be("up 20.0% on 9 months to September 2023");
    }

    [Fact]
    public void A_zero_base_in_a_series_is_not_meaningful_rather_than_a_gap()
    {
        PeriodValue[] series = [Q(2023, 1, 0m), Q(2024, 1, 5m)];
        var change = SeriesChanges.Compare(HealthRecords, series, PeriodComparison.SamePeriodLastYear, ChangeKind.Percent)[1];

        change.IsGap.Should().BeFalse();
        change.Reason.Should().Be(NotMeaningfulReason.ZeroBase);
        change.Describe(Language.Vietnamese).Should().Be("không tính được tỷ lệ thay đổi so với cùng kỳ năm 2023 vì giá trị gốc bằng 0");
    }

    [Fact]
    public void Observations_of_one_unit_pair_like_values()
    {
        var unit = new UnitId("HG");
        Observation[] observations =
        [
            new(OnlineRate.Code, unit, ReportingPeriod.ForQuarter(2023, 1), MeasuredValue.Of(72.3m)),
            new(OnlineRate.Code, unit, ReportingPeriod.ForQuarter(2024, 1), MeasuredValue.Of(88.8m)),
        ];

        SeriesChanges.Compare(OnlineRate, observations, PeriodComparison.SamePeriodLastYear, ChangeKind.PercentagePoints)[1]
            .Change!.Amount.Should().Be(16.5m);

        Observation[] mixed = [observations[0], new(OnlineRate.Code, new UnitId("HG.CA"), ReportingPeriod.ForQuarter(2024, 1), MeasuredValue.Of(90m))];
        FluentActions.Invoking(() => SeriesChanges.Compare(OnlineRate, mixed, PeriodComparison.SamePeriodLastYear, ChangeKind.PercentagePoints))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "observations" && e.Message.Contains("HG.CA"));
        FluentActions.Invoking(() => SeriesChanges.Compare(LateRate, observations, PeriodComparison.SamePeriodLastYear, ChangeKind.PercentagePoints))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "observations" && e.Message.Contains("DVC.ONLINE_RATE"));
    }

    [Fact]
    public void Series_out_of_order_or_with_duplicate_periods_are_refused()
    {
        FluentActions.Invoking(() => SeriesChanges.Compare(OnlineRate, [Q(2024, 1, 1m), Q(2023, 4, 1m)], PeriodComparison.PreviousPeriod, ChangeKind.Percent))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "series" && e.Message.Contains("2023-Q4") && e.Message.Contains("2024-Q1"));
        FluentActions.Invoking(() => SeriesChanges.Compare(OnlineRate, [Q(2024, 1, 1m), Q(2024, 1, 2m)], PeriodComparison.PreviousPeriod, ChangeKind.Percent))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "series" && e.Message.Contains("2024-Q1"));
        FluentActions.Invoking(() => SeriesChanges.Compare(OnlineRate, [default(PeriodValue)], PeriodComparison.PreviousPeriod, ChangeKind.Percent))
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be("series");
    }

    [Fact]
    public void Other_bad_arguments_name_themselves_and_their_value()
    {
        PeriodValue[] series = [Q(2024, 1, 1m)];
        FluentActions.Invoking(() => SeriesChanges.Compare(HealthRecords, series, PeriodComparison.PreviousPeriod, ChangeKind.PercentagePoints))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == "kind" && e.Message.Contains("PercentagePoints"));
        FluentActions.Invoking(() => SeriesChanges.Compare(OnlineRate, series, (PeriodComparison)4, ChangeKind.Percent))
            .Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "comparison" && e.Message.Contains('4'));
        FluentActions.Invoking(() => SeriesChanges.Compare(PapiRank, series, PeriodComparison.PreviousPeriod, ChangeKind.Percent))
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be("indicator");
    }

    [Fact]
    public void Period_values_feed_trends_at_their_periods_end()
    {
        // Quarter ends are month ends, so whole-month counting applies: Q1 2023 → Q1 2024 is one year.
        var start = Q(2023, 1, 100m).ToDatedValue();
        var end = Q(2024, 1, 110m).ToDatedValue();
        start.Date.Should().Be(new LocalDate(2023, 3, 31));
        GrowthRate.CompoundAnnual(start, end).Percent.Should().Be(10m);

        // The report's e-ID activation: 66,7% as of 10/3/2024, inside Q1 2024, is dated at its as-of day.
        var asOf = new Observation(OnlineRate.Code, new UnitId("HG"), ReportingPeriod.ForQuarter(2024, 1), MeasuredValue.Of(66.7m), new LocalDate(2024, 3, 10));
        DatedValue.FromObservation(asOf).Should().Be(new DatedValue(new LocalDate(2024, 3, 10), 66.7m));
    }
}
