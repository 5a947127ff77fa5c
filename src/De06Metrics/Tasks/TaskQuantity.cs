using System.Globalization;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Text;
using NodaTime;

namespace De06Metrics.Tasks;

/// <summary>
/// A count a task is to reach ("triển khai 33 mô hình") and the count done as of a date ("17 mô hình tính đến ngày
/// 31/3/2024").
/// </summary>
/// <remarks>
/// Both counts are whole and not negative, the count to reach is positive, and the count done never exceeds it: a
/// count above the target is a data error, not a success to clamp. Immutable and thread-safe.
/// </remarks>
public sealed class TaskQuantity : IEquatable<TaskQuantity>
{
    /// <summary>Creates a quantity.</summary>
    /// <param name="measure">What is counted: a <see cref="MeasureKind.Count"/> measure, such as <c>Measure.Count(new("mô hình", "models"), "model")</c>.</param>
    /// <param name="toReach">The count to reach: whole and positive.</param>
    /// <param name="done">The count done as of <paramref name="countedOn"/>: whole, from 0 to <paramref name="toReach"/>.</param>
    /// <param name="countedOn">The date the count done was counted to.</param>
    /// <exception cref="ArgumentNullException"><paramref name="measure"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="measure"/> is not a count.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is not whole, <paramref name="toReach"/> is not positive, or <paramref name="done"/> is negative or above <paramref name="toReach"/>.</exception>
    public TaskQuantity(Measure measure, decimal toReach, decimal done, LocalDate countedOn)
    {
        ArgumentNullException.ThrowIfNull(measure);
        if (measure.Kind != MeasureKind.Count)
        {
            throw new ArgumentException($"A task's quantity is a count; a {measure.Kind} measure was given.", nameof(measure));
        }

        if (toReach <= 0m || decimal.Truncate(toReach) != toReach)
        {
            throw new ArgumentOutOfRangeException(nameof(toReach), toReach, "The count to reach is a whole number above 0.");
        }

        if (done < 0m || decimal.Truncate(done) != done)
        {
            throw new ArgumentOutOfRangeException(nameof(done), done, "The count done is a whole number, 0 or more.");
        }

        if (done > toReach)
        {
            throw new ArgumentOutOfRangeException(nameof(done), done,
                string.Create(CultureInfo.InvariantCulture, $"The count done ({done}) is above the count to reach ({toReach})."));
        }

        Measure = measure;
        ToReach = toReach;
        Done = done;
        CountedOn = countedOn;
    }

    /// <summary>What is counted.</summary>
    public Measure Measure { get; }

    /// <summary>The count to reach.</summary>
    public decimal ToReach { get; }

    /// <summary>The count done as of <see cref="CountedOn"/>.</summary>
    public decimal Done { get; }

    /// <summary>The date the count done was counted to.</summary>
    public LocalDate CountedOn { get; }

    /// <summary>Whether the count done has reached the count to reach.</summary>
    public bool IsReached => Done == ToReach;

    /// <summary>"17/33 mô hình tính đến ngày 31/3/2024" / "17/33 models as of 31 March 2024".</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    public string Describe(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return language.Format(Phrase.TaskQuantity, language.FormatNumber(Done, 0), Measure.FormatValue(ToReach, 0, language), PeriodText.Date(CountedOn, language));
    }

    /// <inheritdoc />
    public bool Equals(TaskQuantity? other) =>
        other is not null && Measure.Equals(other.Measure) && ToReach == other.ToReach && Done == other.Done && CountedOn == other.CountedOn;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TaskQuantity);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Measure, ToReach, Done, CountedOn);

    /// <summary>Returns the English text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Describe(Language.English);
}
