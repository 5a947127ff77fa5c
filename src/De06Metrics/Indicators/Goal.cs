using System.Globalization;

namespace De06Metrics.Indicators;

/// <summary>
/// What a target asks, without saying of whom or when: at least 70, at most 5, between 90 and 110, 100 within 0,5,
/// or yes. The values are in the indicator's measure (percent for a rate, a count for a count of a total).
/// </summary>
/// <remarks>Immutable and thread-safe. Create goals with the factory members; <c>default</c> is "at least 0".</remarks>
public readonly struct Goal : IEquatable<Goal>
{
    private Goal(TargetKind kind, decimal low, decimal high, decimal tolerance)
    {
        Kind = kind;
        Low = low;
        High = high;
        Tolerance = tolerance;
    }

    // (low + high) / 2 passes decimal's range for bounds above half of it; low + (high − low) / 2 cannot then, since
    // both bounds have the same sign. The usual form is kept otherwise, so ordinary midpoints stay exactly as before.
    private static decimal Midpoint(decimal low, decimal high) =>
        (low > 0m && high > decimal.MaxValue - low) || (high < 0m && low < decimal.MinValue - high)
            ? low + ((high - low) / 2m)
            : (low + high) / 2m;

    /// <summary>What the goal asks.</summary>
    public TargetKind Kind { get; }

    /// <summary>
    /// The single target value: the bound of an at-least or at-most goal, the centre of an exact goal, 1 (yes) or 0 (no);
    /// for a range, the midpoint of its bounds.
    /// </summary>
    public decimal Value => Kind == TargetKind.Range ? Midpoint(Low, High) : Low;

    /// <summary>The lower bound of a range; for the other kinds, the target value.</summary>
    public decimal Low { get; }

    /// <summary>The upper bound of a range; for the other kinds, the target value.</summary>
    public decimal High { get; }

    /// <summary>For an exact goal, how far either side of the value still meets it; zero for the other kinds.</summary>
    public decimal Tolerance { get; }

    /// <summary>The value must reach at least <paramref name="value"/>.</summary>
    /// <param name="value">The target value.</param>
    /// <returns>The goal.</returns>
    public static Goal AtLeast(decimal value) => new(TargetKind.AtLeast, value, value, 0m);

    /// <summary>The value must stay at or below <paramref name="value"/>.</summary>
    /// <param name="value">The target value.</param>
    /// <returns>The goal.</returns>
    public static Goal AtMost(decimal value) => new(TargetKind.AtMost, value, value, 0m);

    /// <summary>The value must lie within [<paramref name="low"/>, <paramref name="high"/>], both included.</summary>
    /// <param name="low">The lower bound.</param>
    /// <param name="high">The upper bound; not below <paramref name="low"/>.</param>
    /// <returns>The goal.</returns>
    /// <exception cref="ArgumentException"><paramref name="low"/> exceeds <paramref name="high"/>.</exception>
    public static Goal Between(decimal low, decimal high)
    {
        if (low > high)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"A range's low bound {low} exceeds its high bound {high}."), nameof(low));
        }

        return new(TargetKind.Range, low, high, 0m);
    }

    /// <summary>The value must equal <paramref name="value"/> within <paramref name="tolerance"/> either side.</summary>
    /// <param name="value">The target value.</param>
    /// <param name="tolerance">How far off still meets the goal; not negative.</param>
    /// <returns>The goal.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tolerance"/> is negative.</exception>
    public static Goal Exactly(decimal value, decimal tolerance = 0m)
    {
        if (tolerance < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance,
                string.Create(CultureInfo.InvariantCulture, $"A tolerance cannot be negative; {tolerance} was given."));
        }

        return new(TargetKind.ExactWithinTolerance, value, value, tolerance);
    }

    /// <summary>The answer must be yes.</summary>
    /// <returns>The goal.</returns>
    public static Goal Yes() => new(TargetKind.YesNo, 1m, 1m, 0m);

    /// <summary>The answer must be no.</summary>
    /// <returns>The goal.</returns>
    public static Goal No() => new(TargetKind.YesNo, 0m, 0m, 0m);

    /// <inheritdoc />
    public bool Equals(Goal other) => Kind == other.Kind && Low == other.Low && High == other.High && Tolerance == other.Tolerance;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Goal other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Low, High, Tolerance);

    /// <summary>Equality.</summary>
    /// <param name="left">The first goal.</param>
    /// <param name="right">The second goal.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Goal left, Goal right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first goal.</param>
    /// <param name="right">The second goal.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(Goal left, Goal right) => !left.Equals(right);

    /// <summary>Describes the goal in invariant form: "≥ 70", "≤ 5", "[90, 110]", "= 100 ± 0.5", "yes".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        TargetKind.AtLeast => string.Create(CultureInfo.InvariantCulture, $"≥ {Low}"),
        TargetKind.AtMost => string.Create(CultureInfo.InvariantCulture, $"≤ {Low}"),
        TargetKind.Range => string.Create(CultureInfo.InvariantCulture, $"[{Low}, {High}]"),
        TargetKind.ExactWithinTolerance => string.Create(CultureInfo.InvariantCulture, $"= {Low} ± {Tolerance}"),
        _ => Low == 1m ? "yes" : "no",
    };
}
