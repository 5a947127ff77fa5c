using System.Globalization;

namespace De06Metrics.Scoring;

/// <summary>One band of a <see cref="ScoringRuleKind.Bands"/> rule: a threshold and the points for reaching it.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly struct ScoreBand : IEquatable<ScoreBand>
{
    /// <summary>Creates a band.</summary>
    /// <param name="threshold">The value to reach (≥ for higher-is-better, ≤ for lower-is-better).</param>
    /// <param name="points">The points for reaching it; not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="points"/> is negative.</exception>
    public ScoreBand(decimal threshold, decimal points)
    {
        if (points < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(points), points,
                string.Create(CultureInfo.InvariantCulture, $"A band's points cannot be negative; {points} was given for the threshold {threshold}."));
        }

        Threshold = threshold;
        Points = points;
    }

    /// <summary>The value to reach.</summary>
    public decimal Threshold { get; }

    /// <summary>The points for reaching it.</summary>
    public decimal Points { get; }

    /// <inheritdoc />
    public bool Equals(ScoreBand other) => Threshold == other.Threshold && Points == other.Points;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ScoreBand other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Threshold, Points);

    /// <summary>Equality.</summary>
    /// <param name="left">The first band.</param>
    /// <param name="right">The second band.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ScoreBand left, ScoreBand right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first band.</param>
    /// <param name="right">The second band.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(ScoreBand left, ScoreBand right) => !left.Equals(right);

    /// <summary>Returns the band, such as <c>95 → 2</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Threshold} → {Points}");
}
