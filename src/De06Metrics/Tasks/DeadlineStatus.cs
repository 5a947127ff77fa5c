namespace De06Metrics.Tasks;

/// <summary>
/// Where a task or a milestone stands against its deadline on a given day (the as-of day). A task done by its
/// deadline is <see cref="DoneOnTime"/> even when done on the deadline itself; a task not done and due on the as-of
/// day is <see cref="DueSoon"/>, never <see cref="Overdue"/>: it is overdue from the day after its deadline.
/// </summary>
public enum DeadlineStatus
{
    /// <summary>Done on or before the deadline.</summary>
    DoneOnTime = 0,

    /// <summary>Done after the deadline (<see cref="DeadlineCheck.DaysLate"/> says by how many days).</summary>
    DoneLate = 1,

    /// <summary>Not done, and the deadline is further away than the due-soon window.</summary>
    NotYetDue = 2,

    /// <summary>Not done, and the deadline is within the due-soon window: today or in the next days the window allows.</summary>
    DueSoon = 3,

    /// <summary>Not done, and the deadline has passed (<see cref="DeadlineCheck.DaysOverdue"/> says by how many days).</summary>
    Overdue = 4,
}
