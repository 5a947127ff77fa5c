using System.Collections.Immutable;
using System.Globalization;
using De06Metrics.Indicators;
using De06Metrics.Text;
using De06Metrics.Units;
using NodaTime;

namespace De06Metrics.Tasks;

/// <summary>
/// A task of a plan ("nhiệm vụ"): what is to be done, the lead unit ("đơn vị chủ trì") and coordinating units ("phối
/// hợp"), the deadline ("thời hạn") and any milestones before it, optionally a count to reach, the date done, notes
/// and the document that assigned it.
/// </summary>
/// <remarks>
/// <para>
/// Named <c>PlanTask</c> rather than <c>Task</c> so that it never collides with <see cref="System.Threading.Tasks.Task"/>
/// in a file that uses both.
/// </para>
/// <para>
/// The constructor checks the task on its own: the deadline is not before the start, milestones come in order of due
/// date, each after the start and before the deadline, and nothing is done before the task starts. Whether its units
/// exist is checked by <see cref="TaskList"/>, and whether its done dates are known on a report's day by
/// <see cref="TaskList.Assess"/>. Immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class PlanTask
{
    /// <summary>Creates a task.</summary>
    /// <param name="code">A stable code, unique in its list ("MH.01"): not empty, without white space at either end.</param>
    /// <param name="name">What is to be done, in Vietnamese and English.</param>
    /// <param name="responsibility">The lead unit and the coordinating units.</param>
    /// <param name="deadline">The date it is due.</param>
    /// <param name="start">The date it starts, or <see langword="null"/> when not stated.</param>
    /// <param name="milestones">Intermediate deadlines before <paramref name="deadline"/>, in order; <see langword="null"/> for none.</param>
    /// <param name="quantity">A count to reach and the count done, or <see langword="null"/>.</param>
    /// <param name="doneOn">The date it was done, or <see langword="null"/> when not done.</param>
    /// <param name="notes">Free notes, or <see langword="null"/>.</param>
    /// <param name="source">The document that assigned it, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/>, <paramref name="responsibility"/> or a milestone is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The code is empty or padded; the deadline is before the start; a milestone is out of order (not after the one
    /// before it), before the start, or not before the deadline; a done date is before the start; a task with a count
    /// to reach is done with less than the count.
    /// </exception>
    public PlanTask(
        string code,
        LocalizedText name,
        Responsibility responsibility,
        LocalDate deadline,
        LocalDate? start = null,
        IEnumerable<Milestone>? milestones = null,
        TaskQuantity? quantity = null,
        LocalDate? doneOn = null,
        string? notes = null,
        SourceReference? source = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        if (code.Trim().Length != code.Length)
        {
            throw new ArgumentException($"A task code has no white space at either end; '{code}' has.", nameof(code));
        }

        ArgumentNullException.ThrowIfNull(responsibility);
        if (string.IsNullOrWhiteSpace(name.Vietnamese))
        {
            throw new ArgumentException($"Task '{code}' needs a name.", nameof(name));
        }

        if (start is { } first && deadline < first)
        {
            throw new ArgumentException(Invariant($"Task '{code}': the deadline {deadline:uuuu-MM-dd} is before the start {first:uuuu-MM-dd}."), nameof(deadline));
        }

        var steps = milestones?.ToImmutableArray() ?? [];
        for (var i = 0; i < steps.Length; i++)
        {
            var step = steps[i] ?? throw new ArgumentNullException(nameof(milestones), $"Task '{code}': milestone {i + 1} is null.");
            if (i > 0 && step.Due <= steps[i - 1].Due)
            {
                throw new ArgumentException(Invariant($"Task '{code}': milestone {i + 1} (due {step.Due:uuuu-MM-dd}) is out of order: it is not after milestone {i} (due {steps[i - 1].Due:uuuu-MM-dd})."), nameof(milestones));
            }

            if (step.Due >= deadline)
            {
                throw new ArgumentException(Invariant($"Task '{code}': milestone {i + 1} (due {step.Due:uuuu-MM-dd}) is not before the deadline {deadline:uuuu-MM-dd}."), nameof(milestones));
            }

            if (start is { } begins && step.Due < begins)
            {
                throw new ArgumentException(Invariant($"Task '{code}': milestone {i + 1} (due {step.Due:uuuu-MM-dd}) is before the start {begins:uuuu-MM-dd}."), nameof(milestones));
            }

            if (start is { } opens && step.DoneOn is { } stepDone && stepDone < opens)
            {
                throw new ArgumentException(Invariant($"Task '{code}': milestone {i + 1} was done on {stepDone:uuuu-MM-dd}, before the start {opens:uuuu-MM-dd}."), nameof(milestones));
            }
        }

        if (start is { } from && doneOn is { } done && done < from)
        {
            throw new ArgumentException(Invariant($"Task '{code}': the done date {done:uuuu-MM-dd} is before the start {from:uuuu-MM-dd}."), nameof(doneOn));
        }

        if (quantity is { IsReached: false } partial && doneOn is { } finished)
        {
            throw new ArgumentException(Invariant($"Task '{code}' is done on {finished:uuuu-MM-dd} with {partial.Done} of {partial.ToReach} counted; a done task has reached its count."), nameof(doneOn));
        }

        Code = code;
        Name = name;
        Responsibility = responsibility;
        Deadline = deadline;
        Start = start;
        Milestones = steps;
        Quantity = quantity;
        DoneOn = doneOn;
        Notes = string.IsNullOrWhiteSpace(notes) ? null : notes;
        Source = source;
    }

    /// <summary>The task's code, unique in its list.</summary>
    public string Code { get; }

    /// <summary>What is to be done.</summary>
    public LocalizedText Name { get; }

    /// <summary>The lead unit and the coordinating units, as assigned.</summary>
    public Responsibility Responsibility { get; }

    /// <summary>The date it is due.</summary>
    public LocalDate Deadline { get; }

    /// <summary>The date it starts, or <see langword="null"/> when not stated.</summary>
    public LocalDate? Start { get; }

    /// <summary>The intermediate deadlines before <see cref="Deadline"/>, in order; empty for none.</summary>
    public ImmutableArray<Milestone> Milestones { get; }

    /// <summary>The count to reach and the count done, or <see langword="null"/>.</summary>
    public TaskQuantity? Quantity { get; }

    /// <summary>The date it was done, or <see langword="null"/> when not done.</summary>
    public LocalDate? DoneOn { get; }

    /// <summary>Free notes, or <see langword="null"/>.</summary>
    public string? Notes { get; }

    /// <summary>The document that assigned it, or <see langword="null"/>.</summary>
    public SourceReference? Source { get; }

    /// <summary>Returns the code and the Vietnamese name.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Code} ({Name.Vietnamese})";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
