using De06Metrics.Units;

namespace De06Metrics.Timeline;

/// <summary>A unit with the share of something it holds: a successor with its share of a predecessor.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly struct UnitShare : IEquatable<UnitShare>
{
    /// <summary>Creates a unit share.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="share">The share, or <see langword="null"/> when it is not stated.</param>
    public UnitShare(UnitId unit, decimal? share)
    {
        Unit = unit;
        Share = share;
    }

    /// <summary>The unit.</summary>
    public UnitId Unit { get; }

    /// <summary>The share (1 for the whole), or <see langword="null"/> when not stated, as after a split by children.</summary>
    public decimal? Share { get; }

    /// <inheritdoc />
    public bool Equals(UnitShare other) => Unit == other.Unit && Share == other.Share;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is UnitShare other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Unit, Share);

    /// <summary>Equality.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when unit and share are equal.</returns>
    public static bool operator ==(UnitShare left, UnitShare right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when unit or share differ.</returns>
    public static bool operator !=(UnitShare left, UnitShare right) => !left.Equals(right);

    /// <summary>Writes "TQ" or "B × 0.6".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Share is { } share && share != 1m ? $"{Unit} × {TimelineText.Number(share)}" : Unit.ToString();
}
