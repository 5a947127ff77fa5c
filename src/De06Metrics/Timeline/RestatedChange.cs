using De06Metrics.Growth;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Text;

namespace De06Metrics.Timeline;

/// <summary>
/// The change of one unit's figure across the units' history: the figure compared, its base (as reported, restated
/// into today's units, or not comparable with the reason), and the absolute and relative changes computed by
/// <see cref="ValueChange"/> on that base, labelled so that a restated base is never taken for the figure as reported.
/// </summary>
/// <remarks>Made by <see cref="UnitTimeline.Compare"/>. Immutable and thread-safe.</remarks>
public sealed class RestatedChange
{
    // Writes the label of the base in a language, from the phrase book.
    private readonly Func<Language, string> writeComparedWith;

    internal RestatedChange(Observation current, ComparisonBase @base, Func<Language, string> writeComparedWith, ValueChange? change, ValueChange? relativeChange)
    {
        Current = current;
        Base = @base;
        this.writeComparedWith = writeComparedWith;
        Change = change;
        RelativeChange = relativeChange;
    }

    /// <summary>The figure compared, as reported.</summary>
    public Observation Current { get; }

    /// <summary>The base: as reported, restated, or not comparable, with the figures behind it.</summary>
    public ComparisonBase Base { get; }

    /// <summary>The label of the base, saying when it was restated: "cùng kỳ năm 2024 (số liệu quy đổi theo đơn vị hiện nay)".</summary>
    public LocalizedText ComparedWith => new(writeComparedWith);

    /// <summary>
    /// The absolute change (percentage points for a rate) against <see cref="ComparisonBase.Value"/>, labelled with
    /// <see cref="ComparedWith"/>; <see langword="null"/> when the base is not comparable.
    /// </summary>
    public ValueChange? Change { get; }

    /// <summary>The relative change in percent against the same base; <see langword="null"/> when the base is not comparable.</summary>
    public ValueChange? RelativeChange { get; }

    /// <summary>Whether a change was computed.</summary>
    public bool IsComparable => Change is not null;

    /// <summary>Why no change was computed; <see cref="NotMeaningfulReason.None"/> when one was.</summary>
    public NotMeaningfulReason Reason => Base.Reason;

    /// <summary>
    /// The change as a clause: "tăng 9,6 điểm phần trăm so với cùng kỳ năm 2024 (số liệu quy đổi theo đơn vị hiện nay)"
    /// / "up 9.6 percentage points on Q3 2024 (restated to current units)"; or "không so sánh được với cùng kỳ năm 2024
    /// vì …" when there is no change.
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The clause, without a capital or a full stop.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is <see langword="null"/>.</exception>
    public string Describe(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return Change is { } change ? change.Describe(language) : Base.NotComparable(writeComparedWith(language), language);
    }

    /// <summary>Describes the change in English.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Describe(Language.English);
}
