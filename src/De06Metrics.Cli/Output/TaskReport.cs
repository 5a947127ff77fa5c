using System.Globalization;
using De06Metrics.Csv;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Serialization;
using De06Metrics.Tasks;
using De06Metrics.Text;
using NodaTime;

namespace De06Metrics.Cli.Output;

/// <summary>
/// A task list judged on the report's day as a table: per task its code, name, lead and coordinating units, deadline,
/// date done, status and notes; the counts overall and per lead unit as its note and sections.
/// </summary>
internal static class TaskReport
{
    /// <summary>
    /// Reads a scorecard's tasks and judges them on the report's day. Problems in the files are written to standard
    /// error and give <see langword="null"/>, as the scorecard's do; a task date after the report's day (a report on an
    /// earlier period than the task data) leaves the tasks out of that report, each such date written to standard error
    /// with its location.
    /// </summary>
    public static (TaskReadResult Tasks, TaskListAssessment? Assessment)? Judge(string? path, Scorecard scorecard, DecimalSeparator? decimalSeparator, LocalDate reportDay, int dueSoonDays, Language? language = null)
    {
        var tasks = TaskSource.Read(path, scorecard, decimalSeparator, language);
        if (!tasks.IsValid)
        {
            foreach (var problem in tasks.Problems)
            {
                Console.Error.WriteLine(problem);
            }

            Console.Error.WriteLine($"The tasks have {tasks.Problems.Length} problem(s); no report was made. 'de06 validate PATH' lists them too.");
            return null;
        }

        var unknowable = tasks.CheckOn(reportDay);
        if (!unknowable.IsEmpty)
        {
            foreach (var problem in unknowable)
            {
                Console.Error.WriteLine(problem);
            }

            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"The tasks cannot be judged on {reportDay:uuuu-MM-dd}, the report's day: {unknowable.Length} date(s) lie after it. The report leaves the tasks out."));
            return (tasks, null);
        }

        return (tasks, tasks.Tasks.Assess(reportDay, dueSoonDays));
    }

    public static ReportTable Build(TaskListAssessment assessment, Language language)
    {
        ReportColumn[] columns =
        [
            new("code", language[Phrase.ReportColumnCode]),
            new("task", language[Phrase.ReportColumnTask]),
            new("lead", language[Phrase.ReportColumnLead]),
            new("coordinating", language[Phrase.ReportColumnCoordinating]),
            new("deadline", language[Phrase.ReportColumnDeadline]),
            new("doneOn", language[Phrase.ReportColumnDoneOn]),
            new("status", language[Phrase.ReportColumnStatus]),
            new("notes", language[Phrase.ReportColumnNotes]),
        ];
        var rows = assessment.Items.Select(item => Row(item, assessment, language)).ToList();
        var byLead = string.Join(Environment.NewLine, assessment.ByLead.Select(unit => $"{unit.Lead.Name.In(language)}: {AfterLabel.Of(unit.Counts.Describe(language, assessment.List.Items))}"));
        return new ReportTable(
            language.Format(Phrase.ReportTasksTitle, PeriodText.ShortDate(assessment.AsOf, language)),
            assessment.Describe(language),
            columns,
            rows,
            language.Code)
        {
            Phrases = language,
            Sections =
            [
                new ReportSection(language[Phrase.ReportTasksByLeadHeading], byLead),
                new ReportSection(language[Phrase.ReportTaskLaggingHeading], assessment.DescribeLagging(language)),
            ],
        };
    }

    private static ReportRow Row(TaskAssessment item, TaskListAssessment assessment, Language language)
    {
        var task = item.Task;
        var responsibility = item.Responsibility;
        var status = item.Deadline.Describe(language);
        foreach (var milestone in item.Milestones.Where(milestone => milestone.Status == DeadlineStatus.Overdue))
        {
            status += language[Phrase.TaskSummarySeparator] + language.Format(Phrase.TaskMilestoneStatus,
                language.Format(Phrase.TaskMilestone, PeriodText.ShortDate(milestone.Due, language)), milestone.Describe(language));
        }

        string[] cells =
        [
            task.Code,
            task.Name.In(language),
            Name(responsibility.Lead),
            string.Join(", ", responsibility.Coordinating.Select(Name)),
            PeriodText.ShortDate(task.Deadline, language),
            task.DoneOn is { } done ? PeriodText.ShortDate(done, language) : string.Empty,
            status,
            task.Notes ?? string.Empty,
        ];
        var values = new Dictionary<string, object?>
        {
            ["code"] = task.Code,
            ["lead"] = responsibility.Lead.Value,
            ["assignedLead"] = task.Responsibility.Lead.Value,
            ["deadline"] = Iso(task.Deadline),
            ["doneOn"] = task.DoneOn is { } day ? Iso(day) : null,
            ["status"] = item.Status.ToString(),
            ["daysLate"] = (decimal?)item.Deadline.DaysLate,
            ["daysOverdue"] = (decimal?)item.Deadline.DaysOverdue,
            ["daysLeft"] = (decimal?)item.Deadline.DaysLeft,
            ["milestonesOverdue"] = (decimal)item.Milestones.Count(milestone => milestone.Status == DeadlineStatus.Overdue),
            ["sentence"] = item.Describe(language),
        };
        var rowStatus = item.Status switch
        {
            DeadlineStatus.DoneOnTime => RowStatus.Met,
            DeadlineStatus.Overdue => RowStatus.Behind,
            DeadlineStatus.DoneLate or DeadlineStatus.DueSoon => RowStatus.AtRisk,
            _ when item.IsLagging => RowStatus.Behind,
            _ => RowStatus.None,
        };
        return new ReportRow(cells, values, rowStatus);

        string Name(Units.UnitId unit) => assessment.NameOf(unit).In(language);
    }

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
