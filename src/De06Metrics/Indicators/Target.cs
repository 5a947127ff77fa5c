using De06Metrics.Periods;
using De06Metrics.Units;

namespace De06Metrics.Indicators;

/// <summary>
/// A target assigned for one indicator, one unit and one period: what is asked (<see cref="Goal"/>), who answers for
/// it and which document assigned it. "Tỷ lệ hồ sơ trực tuyến đạt tối thiểu 70% trong năm 2024, Công an tỉnh chủ trì."
/// </summary>
/// <remarks>Immutable and thread-safe; equal when every field is equal.</remarks>
public sealed class Target : IEquatable<Target>
{
    /// <summary>Creates a target.</summary>
    /// <param name="indicator">The indicator's code.</param>
    /// <param name="unit">The unit whose value the target applies to.</param>
    /// <param name="period">The period the target covers.</param>
    /// <param name="goal">What the target asks.</param>
    /// <param name="source">The document that assigned the target, if known.</param>
    /// <param name="responsibility">Who answers for the target, when it differs from the indicator's default.</param>
    /// <param name="start">
    /// Where the plan of a stock or cumulative-to-date target starts (a stated value, or the previous period's closing
    /// value); <see langword="null"/> to plan from zero, as for a flow.
    /// </param>
    /// <exception cref="ArgumentException"><paramref name="indicator"/> or <paramref name="unit"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is <see langword="null"/>.</exception>
    public Target(IndicatorCode indicator, UnitId unit, ReportingPeriod period, Goal goal, SourceReference? source = null, Responsibility? responsibility = null, PlanStart? start = null)
    {
        Key = new IndicatorKey(indicator, unit, period);
        Goal = goal;
        Source = source;
        Responsibility = responsibility;
        Start = start;
    }

    /// <summary>The indicator, unit and period the target applies to.</summary>
    public IndicatorKey Key { get; }

    /// <summary>The indicator's code.</summary>
    public IndicatorCode Indicator => Key.Indicator;

    /// <summary>The unit whose value the target applies to.</summary>
    public UnitId Unit => Key.Unit;

    /// <summary>The period the target covers.</summary>
    public ReportingPeriod Period => Key.Period;

    /// <summary>What the target asks.</summary>
    public Goal Goal { get; }

    /// <summary>The document that assigned the target, if known.</summary>
    public SourceReference? Source { get; }

    /// <summary>Who answers for the target, when it differs from the indicator's default; otherwise <see langword="null"/>.</summary>
    public Responsibility? Responsibility { get; }

    /// <summary>
    /// Where the plan starts, for a stock or cumulative-to-date indicator (see <see cref="PlanStart"/>);
    /// <see langword="null"/> when the plan runs from zero.
    /// </summary>
    public PlanStart? Start { get; }

    /// <inheritdoc />
    public bool Equals(Target? other) =>
        other is not null && Key == other.Key && Goal == other.Goal && Equals(Source, other.Source) && Equals(Responsibility, other.Responsibility) &&
        Equals(Start, other.Start);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Target);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Key, Goal, Source, Responsibility, Start);

    /// <summary>Describes the target: "DVC.ONLINE HG 2024: ≥ 70".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Key}: {Goal}";
}
