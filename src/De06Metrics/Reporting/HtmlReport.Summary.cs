using De06Metrics.Tasks;
using De06Metrics.Text;

namespace De06Metrics.Reporting;

/// <summary>The report's summary tiles.</summary>
public static partial class HtmlReport
{
    private sealed partial class Document
    {
        private void Summary()
        {
            Section("summary", Phrase.HtmlReportSummaryHeading);
            html.Open("div", ("class", "de06-tiles")).Line();
            if (options.Tasks is { Items.IsEmpty: false } tasks)
            {
                TaskTile(tasks);
            }

            html.Close("div").Line();
            html.Close("section").Line();
        }

        private void TaskTile(TaskListAssessment tasks)
        {
            var counts = tasks.Overall;
            var tone = counts.Overdue > 0 ? ReportPalette.NotMetFill : counts.DoneLate > 0 || counts.DueSoon > 0 ? ReportPalette.CautionFill : ReportPalette.MetFill;
            Tile("tasks", language[Phrase.ReportTasksHeading], Fraction(counts.Done, counts.Total), tasks.Describe(language), tone);
        }

        /// <summary>"17/33": a part of a whole, in the language's digits.</summary>
        private string Fraction(int part, int whole) => language.FormatNumber(part, 0) + "/" + language.FormatNumber(whole, 0);

        private void Tile(string name, string heading, string figure, string sentence, string tone)
        {
            html.Open("article", ("class", "de06-tile"), ("data-tile", name), ("style", $"border-left-color:{tone}")).Line();
            html.Element("h3", heading).Line();
            html.Element("p", figure, ("class", "de06-figure")).Line();
            html.Element("p", sentence, ("class", "de06-sentence")).Line();
            html.Close("article").Line();
        }
    }
}
