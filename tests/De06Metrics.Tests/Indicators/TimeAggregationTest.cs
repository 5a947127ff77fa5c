using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Text;

namespace De06Metrics.Tests.Indicators;

public class TimeAggregationTest
{
    private static readonly ReportingPeriod Q1 = ReportingPeriod.ForQuarter(2024, 1);

    private static Indicator Make(Measure measure, AccumulationKind? kind = null) =>
        new(new IndicatorCode("X"), new LocalizedText("Số hồ sơ", "Dossiers"), measure, Polarity.HigherIsBetter, 0, accumulation: kind);

    private static MeasuredValue? V(decimal value) => MeasuredValue.Of(value);

    [Fact]
    public void A_flow_adds_its_months()
    {
        // 10 + 20 + 30 = 60.
        var quarter = TimeAggregation.Aggregate(Make(Measure.Count()), Q1, PeriodKind.Month, [V(10m), V(20m), V(30m)]);
        quarter.IsComplete.Should().BeTrue();
        quarter.Value.Should().Be(MeasuredValue.Of(60m));
        quarter.Missing.Should().BeEmpty();
    }

    [Fact]
    public void A_stock_is_its_last_month()
    {
        var quarter = TimeAggregation.Aggregate(Make(Measure.Count(), AccumulationKind.Stock), Q1, PeriodKind.Month, [V(10m), V(20m), V(30m)]);
        quarter.Value.Should().Be(MeasuredValue.Of(30m));
    }

    [Fact]
    public void A_cumulative_figure_is_its_last_month_and_a_months_own_flow_is_a_difference()
    {
        // Lũy kế January 10, February 25, March 40: the quarter is 40 (not 75), March's own flow 40 − 25 = 15.
        var indicator = Make(Measure.Count(), AccumulationKind.CumulativeToDate);
        TimeAggregation.Aggregate(indicator, Q1, PeriodKind.Month, [V(10m), V(25m), V(40m)]).Value.Should().Be(MeasuredValue.Of(40m));
        TimeAggregation.OwnFlow(indicator, MeasuredValue.Of(25m), MeasuredValue.Of(40m)).Should().Be(MeasuredValue.Of(15m));
        // January starts the year: its own flow is its cumulative figure.
        TimeAggregation.OwnFlow(indicator, null, MeasuredValue.Of(10m)).Should().Be(MeasuredValue.Of(10m));
    }

    [Fact]
    public void A_falling_cumulative_count_and_a_flow_have_no_own_flow()
    {
        var cumulative = Make(Measure.Count(), AccumulationKind.CumulativeToDate);
        FluentActions.Invoking(() => TimeAggregation.OwnFlow(cumulative, MeasuredValue.Of(40m), MeasuredValue.Of(35m)))
            .Should().Throw<ArgumentException>().WithParameterName("current").WithMessage("*fell from 40 to 35*");
        FluentActions.Invoking(() => TimeAggregation.OwnFlow(Make(Measure.Count()), null, MeasuredValue.Of(10m)))
            .Should().Throw<ArgumentException>().WithParameterName("indicator").WithMessage("*Flow*");
    }

    [Fact]
    public void A_rate_adds_its_parts_over_time()
    {
        // The two quarters of a half-year: 45/50 and 40/50 → 85/100 = 85%, as over units, not a mean of percentages.
        var half = ReportingPeriod.ForHalfYear(2024, 1);
        var rate = new Indicator(new IndicatorCode("R"), new LocalizedText("Tỷ lệ"), Measure.Rate, Polarity.HigherIsBetter);
        var combined = TimeAggregation.Aggregate(rate, half, PeriodKind.Quarter, [MeasuredValue.FromRateParts(45m, 50m), MeasuredValue.FromRateParts(40m, 50m)]);
        combined.Value.Should().Be(MeasuredValue.FromRateParts(85m, 100m));
        combined.Value!.Value.Value.Should().Be(85m);
    }

    [Fact]
    public void A_rate_without_parts_is_never_averaged()
    {
        var half = ReportingPeriod.ForHalfYear(2024, 1);
        var rate = new Indicator(new IndicatorCode("R"), new LocalizedText("Tỷ lệ"), Measure.Rate, Polarity.HigherIsBetter);
        var combined = TimeAggregation.Aggregate(rate, half, PeriodKind.Quarter, [MeasuredValue.FromRateParts(45m, 50m), MeasuredValue.Of(80m)]);
        combined.Value.Should().BeNull();
        combined.Reason.Should().Be(NotMeaningfulReason.SubPeriodsWithoutParts);
    }

    [Fact]
    public void An_average_of_levels_counts_each_month_once()
    {
        // (80 + 90 + 100) / 3 = 90.
        var score = new Indicator(new IndicatorCode("S"), new LocalizedText("Điểm"), Measure.Score(100m), Polarity.HigherIsBetter);
        TimeAggregation.Aggregate(score, Q1, PeriodKind.Month, [V(80m), V(90m), V(100m)]).Value.Should().Be(MeasuredValue.Of(90m));
    }

    [Fact]
    public void A_missing_february_makes_the_quarter_incomplete_and_is_named()
    {
        var quarter = TimeAggregation.Aggregate(Make(Measure.Count()), Q1, PeriodKind.Month, [V(10m), null, V(30m)]);
        quarter.IsComplete.Should().BeFalse();
        quarter.Value.Should().BeNull();
        quarter.Reason.Should().Be(NotMeaningfulReason.SubPeriodsMissing);
        quarter.Missing.Should().Equal(ReportingPeriod.ForMonth(2024, 2));
        quarter.Describe(Language.Vietnamese).Should().Be("chưa đủ số liệu, thiếu tháng 2/2024");
        quarter.Describe(Language.English).Should().Be("incomplete, missing February 2024");
    }

    [Fact]
    public void A_stock_needs_only_its_last_month()
    {
        var stock = Make(Measure.Count(), AccumulationKind.Stock);
        TimeAggregation.Aggregate(stock, Q1, PeriodKind.Month, [V(10m), null, V(30m)]).Value.Should().Be(MeasuredValue.Of(30m));
        var withoutMarch = TimeAggregation.Aggregate(stock, Q1, PeriodKind.Month, [V(10m), V(20m), null]);
        withoutMarch.Value.Should().BeNull();
        withoutMarch.Missing.Should().Equal(ReportingPeriod.ForMonth(2024, 3));
    }

    [Fact]
    public void Months_make_nine_months_a_half_and_a_year_and_quarters_make_a_year()
    {
        TimeAggregation.SubPeriods(ReportingPeriod.ForMonthsToDate(2024, 9), PeriodKind.Month).Should().HaveCount(9);
        TimeAggregation.SubPeriods(ReportingPeriod.ForHalfYear(2024, 2), PeriodKind.Month)[0].Should().Be(ReportingPeriod.ForMonth(2024, 7));
        TimeAggregation.SubPeriods(ReportingPeriod.ForYear(2024), PeriodKind.Quarter)
            .Should().Equal(Enumerable.Range(1, 4).Select(q => ReportingPeriod.ForQuarter(2024, q)));

        // Twelve months of 1 to 12: 1 + 2 + … + 12 = 78.
        MeasuredValue?[] months = [.. Enumerable.Range(1, 12).Select(m => V(m))];
        TimeAggregation.Aggregate(Make(Measure.Count()), ReportingPeriod.ForYear(2024), PeriodKind.Month, months).Value.Should().Be(MeasuredValue.Of(78m));
    }

    [Theory]
    [InlineData(PeriodKind.Month, "Tháng 3/2024")]
    [InlineData(PeriodKind.Quarter, "Quý I/2024")]
    [InlineData(PeriodKind.Quarter, "Lũy kế đến 31/5/2024")]
    [InlineData(PeriodKind.Month, "Lũy kế đến 10/3/2024")]
    public void A_period_not_made_of_whole_sub_periods_is_refused(PeriodKind of, string label) =>
        FluentActions.Invoking(() => TimeAggregation.SubPeriods(ReportingPeriod.Parse(label), of))
            .Should().Throw<ArgumentException>().WithParameterName("period");

    [Fact]
    public void The_wrong_number_of_values_or_a_value_that_does_not_fit_is_refused()
    {
        FluentActions.Invoking(() => TimeAggregation.Aggregate(Make(Measure.Count()), Q1, PeriodKind.Month, [V(10m), V(20m)]))
            .Should().Throw<ArgumentException>().WithParameterName("values").WithMessage("*3 sub-periods*2 values*");
        FluentActions.Invoking(() => TimeAggregation.Aggregate(Make(Measure.Count()), Q1, PeriodKind.Month, [V(10m), V(-1m), V(30m)]))
            .Should().Throw<ArgumentException>().WithParameterName("values").WithMessage("*February 2024*");
    }

    [Fact]
    public void The_batch_gives_each_row_the_single_answer()
    {
        // Row 0: 10 + 20 + 30 = 60; row 1 lacks its second month.
        MeasuredValue?[] values = [V(10m), V(20m), V(30m), V(1m), null, V(3m)];
        var results = new MeasuredValue?[2];
        var reasons = new NotMeaningfulReason[2];
        TimeAggregation.AggregateBatch(Make(Measure.Count()), 3, values, results, reasons).Should().Be(1);
        results.Should().Equal(MeasuredValue.Of(60m), null);
        reasons.Should().Equal(NotMeaningfulReason.None, NotMeaningfulReason.SubPeriodsMissing);
    }
}
