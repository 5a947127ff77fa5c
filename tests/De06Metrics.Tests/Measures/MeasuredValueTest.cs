using De06Metrics.Measures;

namespace De06Metrics.Tests.Measures;

[Trait("Category", "Text")]
public class MeasuredValueTest
{
    [Fact]
    public void Rate_parts_give_the_percent()
    {
        var value = MeasuredValue.FromRateParts(17m, 17m);
        value.Value.Should().Be(100m);
        value.HasParts.Should().BeTrue();
        value.ToRate().Should().Be(Rate.FromParts(17m, 17m));
    }

    [Fact]
    public void A_count_of_a_total_keeps_the_count_as_its_value()
    {
        var models = MeasuredValue.FromCountOfTotal(17m, 33m);
        models.Value.Should().Be(17m);
        models.Numerator.Should().Be(17m);
        models.Denominator.Should().Be(33m);
    }

    [Fact]
    public void A_count_above_its_total_is_refused()
    {
        var act = () => MeasuredValue.FromCountOfTotal(34m, 33m);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("numerator").WithMessage("*34*33*");
    }

    [Fact]
    public void Yes_and_no_are_one_and_zero()
    {
        MeasuredValue.FromBoolean(true).Value.Should().Be(1m);
        MeasuredValue.FromBoolean(false).Value.Should().Be(0m);
    }

    [Fact]
    public void Equality_includes_the_parts()
    {
        MeasuredValue.Of(100m).Should().NotBe(MeasuredValue.FromRateParts(17m, 17m));
        (MeasuredValue.FromRateParts(1m, 4m) == MeasuredValue.FromRateParts(1m, 4m)).Should().BeTrue();
        MeasuredValue.FromRateParts(1m, 4m).ToString().Should().Be("1/4 → 25");
    }

    [Fact]
    public void A_negative_plain_value_is_no_rate()
    {
        var act = () => MeasuredValue.Of(-1m).ToRate();
        act.Should().Throw<InvalidOperationException>().WithMessage("*-1*");
    }
}

[Trait("Category", "Text")]
public class MeasuredValueRankTest
{
    [Fact]
    public void A_rank_keeps_its_field_size()
    {
        // PAPI 2023: Hà Giang 11th of 63 provinces.
        var papi = MeasuredValue.FromRank(11m, 63m);
        papi.Value.Should().Be(11m);
        papi.Denominator.Should().Be(63m);
        Measure.Rank.Accepts(papi, out _).Should().BeTrue();
    }

    [Theory]
    [InlineData(0, 63, "position")]
    [InlineData(1.5, 63, "position")]
    [InlineData(64, 63, "fieldSize")]
    public void A_rank_outside_its_field_is_refused(double position, double field, string parameter)
    {
        var act = () => MeasuredValue.FromRank((decimal)position, (decimal)field);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(parameter);
    }
}
