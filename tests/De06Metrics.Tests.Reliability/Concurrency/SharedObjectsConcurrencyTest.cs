using System.Globalization;
using De06Metrics.Evaluation;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Ranking;
using De06Metrics.Scorecards;
using De06Metrics.Tests.Reliability.Support;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Tests.Reliability.Concurrency;

/// <summary>
/// Many threads working on one registry, one scorecard and one catalog, each thread under a different culture, give
/// exactly what one thread gives. Ranking rents pooled buffers and the parsers use shared regexes, so this is where a
/// hidden shared buffer or cache would show.
/// </summary>
public class SharedObjectsConcurrencyTest
{
    private const int Threads = 8;
    private const int Rounds = 40;

    private static readonly string[] CultureNames = ["vi-VN", "en-US", "fr-FR", "tr-TR", "ar-SA", "", "de-DE", "ja-JP"];

    [Fact]
    public async Task Ranking_evaluating_rolling_up_formatting_and_parsing_in_parallel_gives_the_single_threaded_results()
    {
        var registry = Catalog.Province();
        var periods = Enumerable.Range(1, 12).Select(month => ReportingPeriod.ForMonth(2023, month)).ToArray();
        var units = registry.Units.Select(unit => unit.Id).ToArray();
        var observations = units.Select((unit, i) => new Observation(Catalog.Online.Code, unit, Catalog.Q1, MeasuredValue.FromRateParts(i % 37, 40m))).ToArray();
        var scorecard = Scorecard.Create(Catalog.All, registry, [new Target(Catalog.Online.Code, new UnitId("HG"), Catalog.Q1, Goal.AtLeast(70m))], observations);
        var random = new Random(20240331);
        var scores = Enumerable.Range(0, 6_000).Select(_ => random.Next(8) == 0 ? double.NaN : Math.Round(random.NextDouble() * 100, 1)).ToArray();

        string Work(int seed)
        {
            var results = new List<string>();
            foreach (var ties in Enum.GetValues<TieMethod>())
            {
                var options = new RankOptions(seed % 2 == 0 ? Measures.Polarity.HigherIsBetter : Measures.Polarity.LowerIsBetter, ties, MissingPlacement.Bottom);
                results.Add(Invariant(Ranks.Compute(scores, options)));                 // radix path (6 000 values)
                results.Add(Invariant(Ranks.Compute(scores.AsSpan(0, 300), options)));  // Span.Sort path
                results.Add(Invariant(Ranks.Compute(scores.Take(300).Select(s => double.IsNaN(s) ? (decimal?)null : (decimal)s).ToArray(), options)));
            }

            foreach (var unit in units)
            {
                results.Add(string.Join(">", registry.PathOf(unit).Select(u => u.Id)));
                results.Add(registry.DescendantsOf(unit).Count().ToString(CultureInfo.InvariantCulture));
                var observation = scorecard.FindObservation(new IndicatorKey(Catalog.Online.Code, unit, Catalog.Q1))!;
                var evaluation = TargetEvaluation.Evaluate(Catalog.Online, Goal.AtLeast(70m), observation.Value);
                results.Add(string.Create(CultureInfo.InvariantCulture, $"{evaluation.Status} {evaluation.Margin} {evaluation.Describe(Language.Vietnamese)} {evaluation.Describe(Language.English)}"));
                var children = registry.ChildrenOf(unit).Select(child => scorecard.FindObservation(new IndicatorKey(Catalog.Online.Code, child.Id, Catalog.Q1))!.Value).ToArray();
                results.Add(RollUp.Combine(Catalog.Online, children)?.ToString() ?? "no data");
            }

            foreach (var period in periods.Concat([Catalog.Q1, ReportingPeriod.ForReportingMonth(2024, 3, 15), ReportingPeriod.YearToDate(new LocalDate(2024, 3, 10))]))
            {
                foreach (var language in Language.All)
                {
                    var label = period.ToString(language);
                    results.Add(label + " = " + ReportingPeriod.Parse(label).ToString("I", null));
                }
            }

            foreach (var value in new[] { 88.8m, 903_221m, -4.25m, 1_804_228.5m })
            {
                foreach (var language in Language.All)
                {
                    var text = language.FormatNumber(value, 2, explicitPlusSign: true);
                    results.Add(text + " = " + language.ParseNumber(text).Value.ToString(CultureInfo.InvariantCulture));
                }

                results.Add(Rate.FromParts(value < 0 ? 1m : value, value < 0 ? 3m : value * 2m).ToString("G", Language.Vietnamese));
            }

            return string.Join("\n", results);
        }

        // The baseline runs under the invariant culture; every thread below runs under another.
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        string[] expected;
        try
        {
            expected = [Work(0), Work(1)];
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }

        var tasks = Enumerable.Range(0, Threads).Select(thread => Task.Factory.StartNew(() =>
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(CultureNames[thread]);
            var mismatches = 0;
            for (var round = 0; round < Rounds / Threads * 2; round++)
            {
                var seed = thread + round;
                if (Work(seed) != expected[seed % 2])
                {
                    mismatches++;
                }
            }

            return mismatches;
        }, TaskCreationOptions.LongRunning)).ToArray();

        var mismatches = await Task.WhenAll(tasks);
        mismatches.Should().AllSatisfy(count => count.Should().Be(0));
    }

    // The test's own joins are invariant: what is compared is the library's output, not the test's formatting.
    private static string Invariant<T>(IEnumerable<T> values) => string.Join(",", values.Select(value => value is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : "null"));
}
