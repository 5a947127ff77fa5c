using System.Collections.Immutable;
using De06Metrics.Indicators;
using De06Metrics.Measures;

namespace De06Metrics.Timeline;

/// <summary>One reported figure's part in a restated figure: the figure as reported, the share taken, and the events between.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class RestatementContribution
{
    internal RestatementContribution(Observation original, decimal share, MeasuredValue? value, ImmutableArray<SuccessionEvent> events)
    {
        Original = original;
        Share = share;
        Value = value;
        Events = events;
    }

    /// <summary>The figure as reported, unchanged.</summary>
    public Observation Original { get; }

    /// <summary>The share of it taken: 1 for the whole, a split part's share (multiplied along successive splits) otherwise.</summary>
    public decimal Share { get; }

    /// <summary>
    /// The part taken: the reported value for a share of 1; counts, amounts and rate parts × the share otherwise;
    /// <see langword="null"/> when the share cannot be taken (see <see cref="RestatementIssue.CannotApportion"/>).
    /// </summary>
    public MeasuredValue? Value { get; }

    /// <summary>The events from the figure's unit to the restated unit, in date order.</summary>
    public ImmutableArray<SuccessionEvent> Events { get; }

    /// <summary>Describes the contribution: "HG Q1 2025 = 40/100 → 40 × 1".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Original} × {TimelineText.Number(Share)}";
}
