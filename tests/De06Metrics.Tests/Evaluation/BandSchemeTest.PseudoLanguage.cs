using De06Metrics.Evaluation;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Tests.Text;

namespace De06Metrics.Tests.Evaluation;

/// <summary>Built-in schemes, their bands and every band assignment are written in the book's words only.</summary>
[Trait("Category", "Text")]
public sealed class BandSchemePseudoLanguageTest
{
    public static TheoryData<string> Schemes() => ["TrafficLight", "MicrosoftKpi", "Okr"];

    private static BandScheme Scheme(string name) => name switch
    {
        "TrafficLight" => BandScheme.TrafficLight,
        "MicrosoftKpi" => BandScheme.MicrosoftKpi,
        _ => BandScheme.Okr,
    };

    [Theory]
    [MemberData(nameof(Schemes))]
    public void A_built_in_scheme_and_its_bands_are_named_by_the_book(string name)
    {
        var scheme = Scheme(name);
        PseudoLanguage.WordsIn(scheme.Name.In(PseudoLanguage.Instance)).Should().BeEmpty();
        PseudoLanguage.WordsIn(scheme.NoData.Name.In(PseudoLanguage.Instance)).Should().BeEmpty();
        foreach (var band in scheme.Bands)
        {
            PseudoLanguage.WordsIn(band.Name.In(PseudoLanguage.Instance)).Should().BeEmpty();
        }
    }

    [Theory]
    [MemberData(nameof(Schemes))]
    public void Every_band_assignment_has_no_word_of_its_own(string name)
    {
        var scheme = Scheme(name);
        var options = new EvaluationOptions(bands: scheme);
        var choices = new HashSet<BandChoice>();
        var outside = false;
        foreach (var (goal, actual) in new (Goal, decimal?)[]
        {
            (Goal.AtLeast(70m), null), (Goal.AtLeast(70m), 40m), (Goal.AtLeast(70m), 60m), (Goal.AtLeast(70m), 70m), (Goal.AtLeast(70m), 80m),
            (Goal.AtLeast(70m), 100m), (Goal.AtLeast(0m), 5m), (Goal.AtLeast(0m), 0m), (Goal.AtLeast(10m), 80m),
        })
        {
            var result = TargetEvaluation.Evaluate(PseudoIndicators.RateHigher, goal, actual is { } a ? MeasuredValue.Of(a) : null, options, baseline: 50m);
            var assignment = result.Band!;
            choices.Add(assignment.ChosenBy);
            outside |= assignment.IsOutsideScale;
            PseudoLanguage.WordsIn(assignment.Describe(PseudoLanguage.Instance)).Should().BeEmpty();
            PseudoLanguage.WordsIn(result.DescribeRule(PseudoLanguage.Instance)).Should().BeEmpty();
        }

        choices.Should().BeEquivalentTo(new[] { BandChoice.NoData, BandChoice.Status, BandChoice.Score });
        if (name != "TrafficLight")
        {
            outside.Should().BeTrue("a score outside the scale is among the cases");
        }
    }
}
