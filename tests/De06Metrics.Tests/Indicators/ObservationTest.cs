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

    public static TheoryData<string> EveryKindOfValue() =>
    [
        "plain", "rate parts", "rate parts of a third", "count of total", "nothing of a total", "rank in field", "yes", "no",
        "largest", "smallest", "scale 28", "parts at scale 28", "negative with a trailing zero", "zero", "zero at scale 2", "default",
        "negative zero", "58 binary digits at scale 28", "59 binary digits", "a digit in the high word", "large count of a total",
    ];

    [Theory]
    [MemberData(nameof(EveryKindOfValue))]
    public void Every_kind_of_value_comes_back_as_it_was_given_with_or_without_provenance(string kind)
    {
        var given = ValueOf(kind);
        var plain = new Observation(EidActivation, HaGiang, FirstQuarter2024, given);
        var sourced = new Observation(EidActivation, HaGiang, FirstQuarter2024, given, new LocalDate(2024, 3, 10),
            new SourceReference("Báo cáo quý I/2024"), ValueStatus.Estimated, "ước tính", new LocalDate(2024, 4, 5));
        foreach (var observation in new[] { plain, sourced })
        {
            var value = observation.Value;
            value.Should().Be(given);
            value.HasParts.Should().Be(given.HasParts);
            value.Numerator.Should().Be(given.Numerator);
            value.Denominator.Should().Be(given.Denominator);
            // The same decimals to the bit: the scale ("0.00", "-12.50") is kept, not only the number.
            decimal.GetBits(value.Value).Should().Equal(decimal.GetBits(given.Value));
            (value.Numerator is { } n ? decimal.GetBits(n) : []).Should().Equal(given.Numerator is { } gn ? decimal.GetBits(gn) : []);
            (value.Denominator is { } d ? decimal.GetBits(d) : []).Should().Equal(given.Denominator is { } gd ? decimal.GetBits(gd) : []);
            value.ToString().Should().Be(given.ToString());
            value.GetHashCode().Should().Be(given.GetHashCode());
        }

        sourced.AsOf.Should().Be(new LocalDate(2024, 3, 10));
        sourced.Source.Should().Be(new SourceReference("Báo cáo quý I/2024"));
        sourced.Status.Should().Be(ValueStatus.Estimated);
        sourced.StatusNote.Should().Be("ước tính");
        sourced.PublishedOn.Should().Be(new LocalDate(2024, 4, 5));
        plain.Should().NotBe(sourced);
        plain.Should().Be(new Observation(EidActivation, HaGiang, FirstQuarter2024, given));
    }

    [Fact]
    public void Observations_differing_only_in_their_parts_are_not_equal()
    {
        // 17 of 33 as a count keeps the value 17; a plain 17 has no parts; 17 of 34 has other parts.
        var counted = new Observation(EidActivation, HaGiang, FirstQuarter2024, MeasuredValue.FromCountOfTotal(17m, 33m));
        counted.Should().NotBe(new Observation(EidActivation, HaGiang, FirstQuarter2024, MeasuredValue.Of(17m)));
        counted.Should().NotBe(new Observation(EidActivation, HaGiang, FirstQuarter2024, MeasuredValue.FromCountOfTotal(17m, 34m)));
        counted.Should().Be(new Observation(EidActivation, HaGiang, FirstQuarter2024, MeasuredValue.FromCountOfTotal(17m, 33m)));
    }

    private static MeasuredValue ValueOf(string kind) => kind switch
    {
        "plain" => MeasuredValue.Of(88.8m),
        "rate parts" => MeasuredValue.FromRateParts(17m, 17m),
        // 2 × 100 / 3 = 66,666…67 with 28 digits after the point.
        "rate parts of a third" => MeasuredValue.FromRateParts(2m, 3m),
        "count of total" => MeasuredValue.FromCountOfTotal(17m, 33m),
        "nothing of a total" => MeasuredValue.FromCountOfTotal(0m, 33m),
        "rank in field" => MeasuredValue.FromRank(11m, 63m),
        "yes" => MeasuredValue.FromBoolean(true),
        "no" => MeasuredValue.FromBoolean(false),
        "largest" => MeasuredValue.Of(decimal.MaxValue),
        "smallest" => MeasuredValue.Of(decimal.MinValue),
        "scale 28" => MeasuredValue.Of(0.0000000000000000000000000001m),
        "parts at scale 28" => MeasuredValue.FromRateParts(0.0000000000000000000000000001m, 0.0000000000000000000000000003m),
        "negative with a trailing zero" => MeasuredValue.Of(-12.50m),
        "zero" => MeasuredValue.Of(0m),
        "zero at scale 2" => MeasuredValue.Of(0.00m),
        "default" => default,
        "negative zero" => MeasuredValue.Of(decimal.Negate(0.0m)),
        // 2^58 − 1 = 288 230 376 151 711 743, the largest digits a value is kept packed with; 2^58 does not fit.
        "58 binary digits at scale 28" => MeasuredValue.Of(new decimal(-1, (1 << 26) - 1, 0, true, 28)),
        "59 binary digits" => MeasuredValue.Of(288_230_376_151_711_744m),
        "a digit in the high word" => MeasuredValue.Of(18_446_744_073_709_551_616m),
        "large count of a total" => MeasuredValue.FromCountOfTotal(288_230_376_151_711_743m, 288_230_376_151_711_744m),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No such kind."),
    };
}
