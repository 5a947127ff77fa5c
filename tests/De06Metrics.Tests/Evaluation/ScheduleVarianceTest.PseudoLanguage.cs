using De06Metrics.Evaluation;
using De06Metrics.Indicators;
using De06Metrics.Tests.Text;

namespace De06Metrics.Tests.Evaluation;

/// <summary>Schedule progress is written in the book's words only: behind, ahead, reached, on schedule, no data.</summary>
[Trait("Category", "Text")]
public sealed class ScheduleVariancePseudoLanguageTest
{
    private static readonly DateInterval Year2024 = new(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31));

    [Fact]
    public void Progress_of_every_status_has_no_word_of_its_own()
    {
        var progresses = new List<ScheduleVariance>();
        foreach (var asOf in new[] { new LocalDate(2024, 3, 10), new LocalDate(2024, 12, 31), new LocalDate(2024, 1, 1) })
        {
            foreach (var actual in new decimal?[] { null, 0m, 1m, 150m, 188m, 189m, 190m, 191m, 192m, 193m, 300m, 1000m, 1200m })
            {
                progresses.Add(ScheduleVariance.Evaluate(PseudoIndicators.CountHigher, Goal.AtLeast(1000m), Year2024, asOf, actual, new ScheduleOptions(tolerance: 0.5m)));
            }

            foreach (var actual in new decimal?[] { null, 5m, 10m, 80m, 83m, 90m, 100m })
            {
                progresses.Add(ScheduleVariance.Evaluate(PseudoIndicators.CountLower, Goal.AtMost(10m), Year2024, asOf, actual, new ScheduleOptions(startValue: 100m)));
            }
        }

        progresses.Select(p => p.Status).Distinct().Should().Contain(new[] { ScheduleStatus.BehindSchedule, ScheduleStatus.AheadOfSchedule, ScheduleStatus.OnSchedule });
        progresses.Should().Contain(p => p.IsTargetReached && p.DaysAhead != 0).And.Contain(p => p.Actual == null)
            .And.Contain(p => p.Status == ScheduleStatus.BehindSchedule && p.DaysAhead == 0)
            .And.Contain(p => p.Status == ScheduleStatus.AheadOfSchedule && !p.IsTargetReached);
        foreach (var progress in progresses)
        {
            PseudoLanguage.WordsIn(progress.Describe(PseudoLanguage.Instance)).Should().BeEmpty();
        }
    }
}
