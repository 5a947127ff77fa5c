using System.Globalization;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Serialization;
using De06Metrics.Tests.Reliability.Support;
using De06Metrics.Tests.Serialization;

namespace De06Metrics.Tests.Reliability.Concurrency;

/// <summary>
/// Many threads evaluating one shared scorecard at once, each under another culture, get exactly what one thread
/// gets: every row (value, status, margin, schedule, changes, ranks) with its sentences in both languages, and the
/// lagging report in both. The scorecards the threads share are fresh, evaluated first by the threads themselves, all
/// released together, so that any state a scorecard built lazily on its first evaluation would race.
/// </summary>
public class ScorecardConcurrencyTest
{
    private const int Threads = 8;
    private const int Rounds = 3;

    private static readonly string[] CultureNames = ["vi-VN", "en-US", "fr-FR", "tr-TR", "ar-SA", "", "de-DE", "ja-JP"];

    [Fact]
    public async Task Many_threads_evaluating_the_Ha_Giang_example_get_exactly_the_single_threaded_result()
    {
        var q1 = HaGiangExample.Q1;
        var year2023 = HaGiangExample.Year2023;
        (ReportingPeriod, LocalDate?, ScorecardOptions?)[] evaluations =
        [
            (q1, null, new ScorecardOptions(comparisonPeriod: year2023)),
            (q1, new LocalDate(2024, 3, 10), null),
            (year2023, null, null),
            (ReportingPeriod.ForYear(2022), null, null),
        ];

        await SharedEvaluationsMatch(() => ScorecardJson.ReadFile(HaGiangExample.JsonPath).EnsureValid(), evaluations);
    }

    /// <summary>100 communes × 10 indicators × 100 months (100 000 observations), the province's figures derived from the communes'.</summary>
    [Fact]
    public async Task Many_threads_evaluating_a_scorecard_of_100000_observations_get_exactly_the_single_threaded_result()
    {
        var last = ReportingPeriod.ForMonth(2024, 4);
        (ReportingPeriod, LocalDate?, ScorecardOptions?)[] evaluations =
        [
            (last, null, null),
            (last, new LocalDate(2024, 4, 10), new ScorecardOptions(comparisonPeriod: ReportingPeriod.ForMonth(2023, 4))),
        ];

        await SharedEvaluationsMatch(LargeScorecard.Create, evaluations);
    }

    private static async Task SharedEvaluationsMatch(Func<Scorecard> load, (ReportingPeriod Period, LocalDate? AsOf, ScorecardOptions? Options)[] evaluations)
    {
        // The expected results come from a scorecard of their own, evaluated on this thread under the invariant culture.
        var culture = CultureInfo.CurrentCulture;
        string[] expected;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            var alone = load();
            expected = [.. evaluations.Select(e => ScorecardComparison.Evaluate(alone, e.Period, e.AsOf, e.Options))];
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }

        expected.Should().OnlyContain(text => !text.StartsWith("refused", StringComparison.Ordinal) && text.Contains('|'), "every evaluation gives rows");

        var shared = load();
        using var start = new Barrier(Threads);
        var tasks = Enumerable.Range(0, Threads).Select(thread => Task.Factory.StartNew(() =>
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(CultureNames[thread]);
            start.SignalAndWait();
            var mismatches = new List<string>();
            for (var round = 0; round < Rounds; round++)
            {
                // Each thread starts at another evaluation, so that different evaluations run at the same moment.
                for (var k = 0; k < evaluations.Length; k++)
                {
                    var i = (thread + round + k) % evaluations.Length;
                    var (period, asOf, options) = evaluations[i];
                    if (ScorecardComparison.Evaluate(shared, period, asOf, options) != expected[i])
                    {
                        mismatches.Add($"thread {thread} ({CultureNames[thread]}), round {round}, evaluation {i}");
                    }
                }
            }

            return mismatches;
        }, TaskCreationOptions.LongRunning)).ToArray();

        var mismatches = await Task.WhenAll(tasks);
        mismatches.SelectMany(list => list).Should().BeEmpty();
    }
}
