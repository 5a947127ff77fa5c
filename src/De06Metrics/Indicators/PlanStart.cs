using System.Globalization;
using NodaTime;

namespace De06Metrics.Indicators;

/// <summary>
/// Where the plan of a stock or cumulative-to-date target starts: a stated value on a date (10 models deployed at
/// 31/12/2023), or the previous period's closing value, taken from the observations. The plan then runs from that value
/// to the target rather than from zero.
/// </summary>
/// <remarks>
/// <para>
/// On day <c>d</c> of the target's period of <c>N</c> days the plan expects
/// <c>start + (target − start) × d / N</c> (or the schedule profile's weight of the days instead of <c>d / N</c>).
/// A flow's plan always starts from zero; a start on a flow's target is not used.
/// </para>
/// <para>
/// <see cref="Previous"/> is the latest observation of the target's indicator and unit whose period ends before the
/// target's period starts (the year 2023's figure for a plan of 2024); a scorecard finds it. Immutable and thread-safe;
/// equal when the value and date are equal.
/// </para>
/// </remarks>
public sealed class PlanStart : IEquatable<PlanStart>
{
    private PlanStart(decimal? value, LocalDate? date)
    {
        Value = value;
        Date = date;
    }

    /// <summary>The previous period's closing value, taken from the observations when the plan is evaluated.</summary>
    public static PlanStart Previous { get; } = new(null, null);

    /// <summary>The value the plan starts from; <see langword="null"/> for <see cref="Previous"/>.</summary>
    public decimal? Value { get; }

    /// <summary>The date the start value was reached (the eve of the target's period, as a rule); <see langword="null"/> for <see cref="Previous"/>.</summary>
    public LocalDate? Date { get; }

    /// <summary>Whether the start is the previous period's closing value, still to be taken from the observations.</summary>
    public bool IsPrevious => Value is null;

    /// <summary>A stated start: the value reached on a date ("10 mô hình ngày 31/12/2023").</summary>
    /// <param name="value">The value at the start.</param>
    /// <param name="date">The date it was reached.</param>
    /// <returns>The start.</returns>
    public static PlanStart Stated(decimal value, LocalDate date) => new(value, date);

    /// <inheritdoc />
    public bool Equals(PlanStart? other) => other is not null && Value == other.Value && Date == other.Date;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PlanStart);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Value, Date);

    /// <summary>Describes the start: "10 on 2023-12-31", or "previous".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value is { } value
        ? string.Create(CultureInfo.InvariantCulture, $"{value} on {Date:uuuu-MM-dd}")
        : "previous";
}
