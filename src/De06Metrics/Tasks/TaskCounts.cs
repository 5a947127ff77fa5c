using De06Metrics.Measures;
using De06Metrics.Text;

namespace De06Metrics.Tasks;

/// <summary>
/// How many tasks stand where on one day: done on time, done late, in progress and not yet due, due soon, overdue;
/// and the longest overdue.
/// </summary>
/// <remarks>
/// Every task is counted once, by the status of its deadline (<see cref="TaskAssessment.Status"/>); milestones are
/// counted apart (<see cref="MilestonesOverdue"/>). Immutable and thread-safe.
/// </remarks>
public sealed class TaskCounts
{
    internal TaskCounts(IEnumerable<TaskAssessment> tasks)
    {
        foreach (var task in tasks)
        {
            Total++;
            switch (task.Status)
            {
                case DeadlineStatus.DoneOnTime:
                    DoneOnTime++;
                    break;
                case DeadlineStatus.DoneLate:
                    DoneLate++;
                    break;
                case DeadlineStatus.NotYetDue:
                    NotYetDue++;
                    break;
                case DeadlineStatus.DueSoon:
                    DueSoon++;
                    break;
                default:
                    Overdue++;
                    LongestOverdueDays = Math.Max(LongestOverdueDays ?? 0, task.Deadline.DaysOverdue!.Value);
                    break;
            }

            MilestonesOverdue += task.Milestones.Count(milestone => milestone.Status == DeadlineStatus.Overdue);
        }
    }

    /// <summary>The number of tasks.</summary>
    public int Total { get; }

    /// <summary>Tasks done on or before their deadline.</summary>
    public int DoneOnTime { get; }

    /// <summary>Tasks done after their deadline.</summary>
    public int DoneLate { get; }

    /// <summary>Tasks done, on time or late.</summary>
    public int Done => DoneOnTime + DoneLate;

    /// <summary>Tasks in progress whose deadline is beyond the due-soon window.</summary>
    public int NotYetDue { get; }

    /// <summary>Tasks in progress due within the due-soon window (today included).</summary>
    public int DueSoon { get; }

    /// <summary>Tasks not done whose deadline has passed.</summary>
    public int Overdue { get; }

    /// <summary>The days the longest overdue task is overdue, or <see langword="null"/> when none is.</summary>
    public int? LongestOverdueDays { get; }

    /// <summary>Milestones not done whose date has passed, over all the tasks.</summary>
    public int MilestonesOverdue { get; }

    /// <summary>
    /// The counts as an official writes them: "Đã hoàn thành 17/33 mô hình (15 đúng hạn, 2 chậm); 3 nhiệm vụ quá hạn, lâu
    /// nhất 45 ngày; 2 nhiệm vụ sắp đến hạn" / "17/33 models completed (15 on time, 2 late); 3 tasks overdue, the
    /// longest by 45 days; 2 tasks due soon".
    /// </summary>
    /// <param name="language">The language.</param>
    /// <param name="items">
    /// What each task is, as a count measure ("mô hình" / "models"), or <see langword="null"/> to say "nhiệm vụ" / "tasks".
    /// </param>
    /// <returns>The sentence, without a final full stop.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    public string Describe(Language language, Measure? items = null)
    {
        ArgumentNullException.ThrowIfNull(language);
        var parts = new List<string>();
        var done = language.Format(Phrase.TaskSummaryDone, language.FormatNumber(Done, 0), items is null ? Tasks(Total, language) : items.FormatValue(Total, 0, language));
        if (DoneLate > 0)
        {
            done = language.Format(Phrase.TaskSummaryDoneSplit, done, language.FormatNumber(DoneOnTime, 0), language.FormatNumber(DoneLate, 0));
        }

        parts.Add(done);
        parts.Add(Overdue switch
        {
            0 => language[Phrase.TaskSummaryNoneOverdue],
            1 => language.Format(Phrase.TaskSummaryOverdueOne, Tasks(1, language), DeadlineCheck.Days(LongestOverdueDays!.Value, language)),
            _ => language.Format(Phrase.TaskSummaryOverdue, Tasks(Overdue, language), DeadlineCheck.Days(LongestOverdueDays!.Value, language)),
        });
        if (DueSoon > 0)
        {
            parts.Add(language.Format(Phrase.TaskSummaryDueSoon, Tasks(DueSoon, language)));
        }

        if (MilestonesOverdue > 0)
        {
            parts.Add(language.Format(Phrase.TaskSummaryMilestonesOverdue, language.FormatNumber(MilestonesOverdue, 0), language.Count(MilestonesOverdue, Phrase.TaskMilestoneOne, Phrase.TaskMilestoneOther)));
        }

        return string.Join(language[Phrase.TaskSummarySeparator], parts);
    }

    /// <summary>Returns the English sentence.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Describe(Language.English);

    /// <summary>"3 nhiệm vụ" / "3 tasks", "1 task".</summary>
    private static string Tasks(int count, Language language) =>
        language.Format(Phrase.TaskCountNoun, language.FormatNumber(count, 0), language.Count(count, Phrase.TaskOne, Phrase.TaskOther));
}
