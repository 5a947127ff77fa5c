using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Ranking;

namespace De06Metrics.Tests.Ranking;

public class RanksTest_BadInput
{
    [Fact]
    public void WithinBand_is_refused_with_a_pointer_to_distances()
    {
        var act = () => new RankOptions(Polarity.WithinBand);
        act.Should().Throw<ArgumentException>().WithParameterName("polarity").WithMessage("*WithinBand*distance*");
    }

    [Fact]
    public void A_negative_tolerance_is_refused_naming_the_value()
    {
        var act = () => new RankOptions(Polarity.LowerIsBetter, tolerance: -0.1m);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("tolerance").WithMessage("*-0.1*");
    }

    [Fact]
    public void Unknown_enum_values_are_refused()
    {
        var ties = () => new RankOptions(Polarity.LowerIsBetter, (TieMethod)9);
        ties.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("ties");
        var missing = () => new RankOptions(Polarity.LowerIsBetter, missing: (MissingPlacement)9);
        missing.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("missing");
        var polarity = () => new RankOptions((Polarity)9);
        polarity.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("polarity");
    }

    [Fact]
    public void An_output_span_of_another_length_is_refused_naming_both_lengths()
    {
        var doubles = () => Ranks.Compute([1.0, 2.0], new double[3], new RankOptions(Polarity.HigherIsBetter));
        doubles.Should().Throw<ArgumentException>().WithParameterName("ranks").WithMessage("*length 3*2 values*");

        var decimals = () => Ranks.Compute([1m, 2m], new decimal[1], new RankOptions(Polarity.HigherIsBetter));
        decimals.Should().Throw<ArgumentException>().WithParameterName("ranks").WithMessage("*length 1*2 values*");

        var nullable = () => Ranks.Compute([1m, null], new decimal?[3], new RankOptions(Polarity.HigherIsBetter));
        nullable.Should().Throw<ArgumentException>().WithParameterName("ranks");
    }

    [Fact]
    public void A_short_scratch_is_refused_naming_the_needed_length()
    {
        var act = () => Ranks.Compute([1.0, 2.0], new double[2], new RankOptions(Polarity.HigherIsBetter), new ulong[5]);
        act.Should().Throw<ArgumentException>().WithParameterName("scratch")
            .WithMessage($"*holds 5 elements*needs {Ranks.ScratchLength(2)}*");
    }

    [Fact]
    public void A_negative_count_has_no_scratch_length()
    {
        var act = () => Ranks.ScratchLength(-1);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("count");
    }
}
