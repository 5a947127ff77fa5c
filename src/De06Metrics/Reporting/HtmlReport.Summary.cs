using De06Metrics.Scorecards;
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
            GradeTile("overall", language[Phrase.HtmlReportOverall], result.Grades);

            // A tile per unit only when more than one unit is graded: for one, it would repeat the overall tile.
            var units = result.Units.Units.Where(unit => result.GradesFor(unit.Id).Graded > 0).ToList();
            if (units.Count > 1)
            {
                foreach (var unit in units)
                {
                    GradeTile("unit", unit.Name.In(language), result.GradesFor(unit.Id), unit.Id.Value);
                }
            }

            if (options.Tasks is { Items.IsEmpty: false } tasks)
            {
                TaskTile(tasks);
            }

            html.Close("div").Line();
            html.Close("section").Line();
        }

        /// <summary>A tile of grades: "4/5" met or exceeded, the sentence, and the colour of the worst grade reached.</summary>
        private void GradeTile(string name, string heading, GradeSummary grades, string? unit = null)
        {
            var tone = grades.NotMet > 0 ? ReportPalette.NotMetFill
                : grades.BasicallyMet > 0 || grades.NoData > 0 ? ReportPalette.CautionFill
                : grades.Graded > 0 ? ReportPalette.MetFill
                : ReportPalette.NeutralFill;
            Tile(name, heading, grades.Graded > 0 ? Fraction(grades.MetOrExceeded, grades.Graded) : "—", grades.Describe(language), tone, unit);
        }

        private void TaskTile(TaskListAssessment tasks)
        {
            var counts = tasks.Overall;
            var tone = counts.Overdue > 0 ? ReportPalette.NotMetFill : counts.DoneLate > 0 || counts.DueSoon > 0 ? ReportPalette.CautionFill : ReportPalette.MetFill;
            Tile("tasks", language[Phrase.ReportTasksHeading], Fraction(counts.Done, counts.Total), tasks.Describe(language), tone);
        }

        /// <summary>"17/33": a part of a whole, in the language's digits.</summary>
        private string Fraction(int part, int whole) => language.FormatNumber(part, 0) + "/" + language.FormatNumber(whole, 0);

        private void Tile(string name, string heading, string figure, string sentence, string tone, string? unit = null)
        {
            html.Open("article", ("class", "de06-tile"), ("data-tile", name), ("data-unit", unit), ("style", $"border-left-color:{tone}")).Line();
            html.Element("h3", heading).Line();
            html.Element("p", figure, ("class", "de06-figure")).Line();
            html.Element("p", sentence, ("class", "de06-sentence")).Line();
            html.Close("article").Line();
        }
    }
}
