using De06Metrics.Scorecards;
using De06Metrics.Tasks;
using De06Metrics.Text;
using NodaTime;

namespace De06Metrics.Reporting;

/// <summary>What an <see cref="HtmlReport"/> needs besides the scorecard's result: its language, the day it is made, and optionally the tasks, the reporting body's name and the weighted tree.</summary>
/// <remarks>Immutable and thread-safe. The day the report is made is an input, never read from a clock, so that the same data always gives the same document.</remarks>
public sealed class HtmlReportOptions
{
    /// <summary>Creates the options.</summary>
    /// <param name="language">The language of every word and number.</param>
    /// <param name="generated">The day the report is made, written in its header ("Ngày lập báo cáo" / "Prepared on").</param>
    /// <param name="tasks">The tasks judged on the report's day; <see langword="null"/> for none.</param>
    /// <param name="reportingBody">The body that reports; <see langword="null"/> names the scorecard's top units.</param>
    /// <param name="tree">The scorecard's weighted tree; <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    public HtmlReportOptions(
        Language language,
        LocalDate generated,
        TaskListAssessment? tasks = null,
        LocalizedText? reportingBody = null,
        ScorecardTree? tree = null)
    {
        ArgumentNullException.ThrowIfNull(language);
        Language = language;
        Generated = generated;
        Tasks = tasks;
        ReportingBody = reportingBody;
        Tree = tree;
    }

    /// <summary>The language of every word and number.</summary>
    public Language Language { get; }

    /// <summary>The day the report is made.</summary>
    public LocalDate Generated { get; }

    /// <summary>The tasks judged on the report's day, shown as a summary tile, a table and a list of lagging tasks; <see langword="null"/> for none.</summary>
    public TaskListAssessment? Tasks { get; }

    /// <summary>
    /// The body that reports, named in the header; <see langword="null"/> (the default) names the top units of the
    /// scorecard's unit tree on the report's day (for the Hà Giang example, "Tỉnh Hà Giang").
    /// </summary>
    public LocalizedText? ReportingBody { get; }

    /// <summary>
    /// The scorecard's weighted tree, scored for every unit that has a row and shown as a table per unit (nodes indented
    /// by depth, weight, score out of 100, indicators scored, the node's sentence); <see langword="null"/> (the default)
    /// for none.
    /// </summary>
    /// <remarks>The tree should name the scorecard's indicators (<see cref="ScorecardTree.Validate(Scorecard)"/>); an indicator the scorecard lacks is shown as having no data.</remarks>
    public ScorecardTree? Tree { get; }
}
