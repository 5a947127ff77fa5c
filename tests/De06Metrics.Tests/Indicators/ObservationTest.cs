using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Units;

namespace De06Metrics.Tests.Indicators;

public class ObservationTest
{
    private static readonly IndicatorCode EidActivation = new("VNEID.ACTIVATION");
    private static readonly UnitId HaGiang = new("HG");
    private static readonly ReportingPeriod FirstQuarter2024 = ReportingPeriod.ForQuarter(2024, 1);

    [Fact]
    public void A_figure_counted_to_a_date_inside_its_period_keeps_that_date()
    {
        // The report: e-ID activation 66,7% "tính đến ngày 10/3/2024", inside a Q1 2024 report.
        var observation = new Observation(EidActivation, HaGiang, FirstQuarter2024, MeasuredValue.Of(66.7m), new LocalDate(2024, 3, 10));
        observation.AsOf.Should().Be(new LocalDate(2024, 3, 10));
        observation.CountedTo.Should().Be(new LocalDate(2024, 3, 10));
        observation.Key.Should().Be(new IndicatorKey(EidActivation, HaGiang, ReportingPeriod.ForQuarter(2024, 1)));
    }

    [Fact]
    public void A_figure_without_an_as_of_date_counts_to_the_end_of_its_period() =>
        new Observation(EidActivation, HaGiang, FirstQuarter2024, MeasuredValue.Of(66.7m)).CountedTo.Should().Be(new LocalDate(2024, 3, 31));

    [Fact]
    public void An_as_of_date_outside_the_period_is_refused_naming_both()
    {
        var act = () => new Observation(EidActivation, HaGiang, FirstQuarter2024, MeasuredValue.Of(66.7m), new LocalDate(2024, 4, 1));
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("asOf").WithMessage("*2024-04-01*2024-01-01 to 2024-03-31*");
    }

    [Fact]
    public void Default_codes_and_units_and_a_null_period_are_refused()
    {
        var code = () => new Observation(default, HaGiang, FirstQuarter2024, MeasuredValue.Of(1m));
        code.Should().Throw<ArgumentException>().WithParameterName("indicator");
        var unit = () => new Observation(EidActivation, default, FirstQuarter2024, MeasuredValue.Of(1m));
        unit.Should().Throw<ArgumentException>().WithParameterName("unit");
        var period = () => new Observation(EidActivation, HaGiang, null!, MeasuredValue.Of(1m));
        period.Should().Throw<ArgumentNullException>().WithParameterName("period");
    }

    [Fact]
    public void Observations_are_equal_by_every_field()
    {
        var source = new SourceReference("Báo cáo quý I/2024");
        var a = new Observation(EidActivation, HaGiang, FirstQuarter2024, MeasuredValue.Of(66.7m), new LocalDate(2024, 3, 10), source);
        var b = new Observation(EidActivation, HaGiang, ReportingPeriod.Parse("Quý I/2024"), MeasuredValue.Of(66.7m), new LocalDate(2024, 3, 10), new SourceReference("Báo cáo quý I/2024"));
        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Should().NotBe(new Observation(EidActivation, HaGiang, FirstQuarter2024, MeasuredValue.Of(66.7m)));
    }
}
