using De06Metrics.Evaluation;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Tests.Text;
using De06Metrics.Text;

namespace De06Metrics.Tests.Evaluation;

/// <summary>
/// Every word of an evaluation's sentence, verdict and rule comes from the phrase book: written in the pseudo language,
/// no word is left, for every target kind and status, with and without a tolerance and without data.
/// </summary>
[Trait("Category", "Text")]
public sealed class TargetEvaluationPseudoLanguageTest
{
    public static TheoryData<string> Cases() => [.. PseudoIndicators.Evaluations().Select(c => c.Name).Distinct()];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sentences_verdicts_and_rules_have_no_word_of_their_own(string name)
    {
        foreach (var (_, indicator, goal, actual) in PseudoIndicators.Evaluations().Where(c => c.Name == name))
        {
            foreach (var tolerance in new[] { 0m, 0.5m })
            {
                var result = TargetEvaluation.Evaluate(indicator, goal, actual, new EvaluationOptions(tolerance));
                foreach (var text in new[] { result.Describe(PseudoLanguage.Instance), result.DescribeVerdict(PseudoLanguage.Instance), result.DescribeRule(PseudoLanguage.Instance) })
                {
                    PseudoLanguage.WordsIn(text, "VND").Should().BeEmpty("{0} ({1}, actual {2}) writes {3}", name, result.Status, actual?.Value, text);
                }
            }
        }
    }

    [Fact]
    public void Every_status_and_every_kind_is_among_the_cases()
    {
        var results = PseudoIndicators.Evaluations()
            .SelectMany(c => new[] { 0m, 0.5m }.Select(t => TargetEvaluation.Evaluate(c.Indicator, c.Goal, c.Actual, new EvaluationOptions(t))))
            .ToList();
        results.Select(r => (r.Goal.Kind, r.Status)).Distinct().Should().Contain(
        new[]
        {
            (TargetKind.AtLeast, TargetStatus.Exceeded), (TargetKind.AtLeast, TargetStatus.Met), (TargetKind.AtLeast, TargetStatus.NotMet), (TargetKind.AtLeast, TargetStatus.NoData),
            (TargetKind.AtMost, TargetStatus.Exceeded), (TargetKind.AtMost, TargetStatus.Met), (TargetKind.AtMost, TargetStatus.NotMet), (TargetKind.AtMost, TargetStatus.NoData),
            (TargetKind.Range, TargetStatus.Met), (TargetKind.Range, TargetStatus.NotMet), (TargetKind.Range, TargetStatus.NoData),
            (TargetKind.ExactWithinTolerance, TargetStatus.Met), (TargetKind.ExactWithinTolerance, TargetStatus.NotMet), (TargetKind.ExactWithinTolerance, TargetStatus.NoData),
            (TargetKind.YesNo, TargetStatus.Met), (TargetKind.YesNo, TargetStatus.NotMet), (TargetKind.YesNo, TargetStatus.NoData),
        });

        // Met on the goal; met on the better side within the tolerance; basically met on the worse side within the
        // tolerance, for every kind that has one, and on either side of a band.
        Kinds(r => r.Status == TargetStatus.Met && r.Deviation == 0m).Should().Contain(new[] { TargetKind.AtLeast, TargetKind.AtMost, TargetKind.Range, TargetKind.ExactWithinTolerance });
        Kinds(r => r.Status == TargetStatus.Met && r.Deviation > 0m).Should().Contain(TargetKind.AtLeast);
        Kinds(r => r.Status == TargetStatus.Met && r.Deviation < 0m).Should().Contain(TargetKind.AtMost);
        Kinds(r => r.Status == TargetStatus.BasicallyMet).Should().Contain(new[] { TargetKind.AtLeast, TargetKind.AtMost, TargetKind.Range, TargetKind.ExactWithinTolerance });
        Kinds(r => r.Status == TargetStatus.BasicallyMet && r.Deviation < 0m).Should().Contain(new[] { TargetKind.AtLeast, TargetKind.Range, TargetKind.ExactWithinTolerance });
        Kinds(r => r.Status == TargetStatus.BasicallyMet && r.Deviation > 0m).Should().Contain(new[] { TargetKind.AtMost, TargetKind.Range, TargetKind.ExactWithinTolerance });

        IEnumerable<TargetKind> Kinds(Func<TargetEvaluation, bool> where) => results.Where(where).Select(r => r.Goal.Kind).Distinct();
    }

    [Fact]
    public void A_ratio_that_is_not_meaningful_says_why_in_the_book_s_words()
    {
        foreach (var reason in Enum.GetValues<NotMeaningfulReason>().Where(r => r != NotMeaningfulReason.None))
        {
            PseudoLanguage.WordsIn(RatioOutcome.NotMeaningful(reason).Format(1, PseudoLanguage.Instance)).Should().BeEmpty();
        }

        PseudoLanguage.WordsIn(RatioOutcome.Of(0.515m).Format(1, PseudoLanguage.Instance)).Should().BeEmpty();
    }
}

/// <summary>
/// Indicators with names, codes and units of symbols only, so that any word in their text is the library's; the one
/// data word is the money indicator's currency code (VND, ISO 4217), which English writes before an amount.
/// </summary>
internal static class PseudoIndicators
{
    public static Indicator RateHigher { get; } = Make("◊1", Measure.Rate, Polarity.HigherIsBetter);

    public static Indicator RateLower { get; } = Make("◊2", Measure.Rate, Polarity.LowerIsBetter);

    public static Indicator RateBand { get; } = Make("◊3", Measure.Rate, Polarity.WithinBand);

    public static Indicator CountHigher { get; } = Make("◊4", Measure.Count(new LocalizedText("◊◊", "◊◊"), "◊"), Polarity.HigherIsBetter, decimals: 0);

    public static Indicator CountLower { get; } = Make("◊5", Measure.Count(new LocalizedText("◊◊", "◊◊"), "◊"), Polarity.LowerIsBetter, decimals: 0);

    public static Indicator Rank { get; } = Make("◊6", Measure.Rank, Polarity.LowerIsBetter, decimals: 0);

    public static Indicator YesNo { get; } = Make("◊7", Measure.YesNo, Polarity.HigherIsBetter, decimals: 0);

    public static Indicator MoneyHigher { get; } = Make("◊8", Measure.Money(Currency.Vnd, MoneyScale.Billions), Polarity.HigherIsBetter);

    public static Indicator ScoreHigher { get; } = Make("◊9", Measure.Score(100m), Polarity.HigherIsBetter);

    public static IEnumerable<(string Name, Indicator Indicator, Goal Goal, MeasuredValue? Actual)> Evaluations()
    {
        foreach (var (name, indicator) in new[] { ("rate at least", RateHigher), ("money at least", MoneyHigher), ("score at least", ScoreHigher) })
        {
            foreach (var actual in new decimal?[] { null, 60m, 69.8m, 70m, 70.2m, 80m })
            {
                yield return (name, indicator, Goal.AtLeast(70m), actual is { } a ? MeasuredValue.Of(a) : null);
            }
        }

        foreach (var actual in new decimal?[] { null, 3m, 4.8m, 5m, 5.2m, 7m })
        {
            yield return ("rate at most", RateLower, Goal.AtMost(5m), actual is { } a ? MeasuredValue.Of(a) : null);
        }

        foreach (var actual in new decimal?[] { null, 85m, 89.7m, 93m, 98.3m, 99.5m })
        {
            yield return ("rate range", RateBand, Goal.Between(90m, 98m), actual is { } a ? MeasuredValue.Of(a) : null);
        }

        foreach (var actual in new decimal?[] { null, 93.5m, 93.8m, 95m, 96.2m, 97.2m })
        {
            var value = actual is { } a ? MeasuredValue.Of(a) : (MeasuredValue?)null;
            yield return ("rate exact", RateBand, Goal.Exactly(95m, 1m), value);
            yield return ("rate exact without tolerance", RateBand, Goal.Exactly(95m), value);
        }

        foreach (var actual in new MeasuredValue?[] { null, MeasuredValue.Of(1m), MeasuredValue.Of(150m), MeasuredValue.Of(100m), MeasuredValue.FromCountOfTotal(17m, 33m), MeasuredValue.FromCountOfTotal(120m, 200m) })
        {
            yield return ("count at least", CountHigher, Goal.AtLeast(100m), actual);
        }

        foreach (var actual in new decimal?[] { null, 0m, 1m, 10m, 12m })
        {
            yield return ("count at most", CountLower, Goal.AtMost(10m), actual is { } a ? MeasuredValue.Of(a) : null);
        }

        foreach (var actual in new decimal?[] { null, 1m, 3m, 10m, 11m, 21m })
        {
            yield return ("rank at most", Rank, Goal.AtMost(10m), actual is { } a ? MeasuredValue.Of(a) : null);
        }

        foreach (var goal in new[] { Goal.Yes(), Goal.No() })
        {
            foreach (var actual in new MeasuredValue?[] { null, MeasuredValue.FromBoolean(true), MeasuredValue.FromBoolean(false) })
            {
                yield return ("yes/no", YesNo, goal, actual);
            }
        }
    }

    private static Indicator Make(string code, Measure measure, Polarity polarity, int decimals = 1) =>
        new(new IndicatorCode(code), new LocalizedText("◊", "◊"), measure, polarity, decimals);
}
