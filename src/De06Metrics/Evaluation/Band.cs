using System.Globalization;
using De06Metrics.Text;

namespace De06Metrics.Evaluation;

/// <summary>
/// One band of a <see cref="BandScheme"/>: a name, a colour, an optional Microsoft-style status score from −1 to 1,
/// and the scores it covers, <c>[LowerBound, UpperBound)</c>: the lower bound included, the upper excluded, a missing
/// bound unbounded.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Band : IEquatable<Band>
{
    /// <summary>Creates a band.</summary>
    /// <param name="name">The name, such as "Xanh" / "Green".</param>
    /// <param name="colour">The colour.</param>
    /// <param name="lowerBound">The lowest score in the band, included; <see langword="null"/> for no lower bound.</param>
    /// <param name="upperBound">The score where the next band starts, excluded; <see langword="null"/> for no upper bound.</param>
    /// <param name="statusScore">The status score the band reports, −1 (bad) to 1 (good), if any.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The colour is undefined, the lower bound is not below the upper bound, or the status score lies outside [−1, 1].
    /// </exception>
    public Band(LocalizedText name, BandColour colour, decimal? lowerBound, decimal? upperBound, decimal? statusScore = null)
    {
        if (name == default)
        {
            throw new ArgumentException("A band needs a name; default(LocalizedText) was given.", nameof(name));
        }

        if (!Enum.IsDefined(colour))
        {
            throw new ArgumentOutOfRangeException(nameof(colour), colour, $"Band colour {(int)colour} is not defined.");
        }

        if (lowerBound is { } low && upperBound is { } high && low >= high)
        {
            throw new ArgumentOutOfRangeException(nameof(upperBound), high,
                string.Create(CultureInfo.InvariantCulture, $"Band '{name}': the upper bound {high} must be above the lower bound {low}."));
        }

        if (statusScore is < -1m or > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(statusScore), statusScore,
                string.Create(CultureInfo.InvariantCulture, $"Band '{name}': a status score lies between -1 and 1; {statusScore} was given."));
        }

        Name = name;
        Colour = colour;
        LowerBound = lowerBound;
        UpperBound = upperBound;
        StatusScore = statusScore;
    }

    /// <summary>The name.</summary>
    public LocalizedText Name { get; }

    /// <summary>The colour.</summary>
    public BandColour Colour { get; }

    /// <summary>The lowest score in the band, included; <see langword="null"/> when unbounded below.</summary>
    public decimal? LowerBound { get; }

    /// <summary>The score where the band ends, excluded; <see langword="null"/> when unbounded above.</summary>
    public decimal? UpperBound { get; }

    /// <summary>The Microsoft-style status score the band reports (−1 bad, 0 neutral, 1 good), if any.</summary>
    public decimal? StatusScore { get; }

    /// <summary>Whether a score lies in <c>[LowerBound, UpperBound)</c>.</summary>
    /// <param name="score">The score.</param>
    /// <returns><see langword="true"/> when the band covers the score.</returns>
    public bool Contains(decimal score) => (LowerBound is not { } low || score >= low) && (UpperBound is not { } high || score < high);

    /// <inheritdoc />
    public bool Equals(Band? other) =>
        other is not null && Name == other.Name && Colour == other.Colour && LowerBound == other.LowerBound &&
        UpperBound == other.UpperBound && StatusScore == other.StatusScore;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Band);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Colour, LowerBound, UpperBound, StatusScore);

    /// <summary>Writes the band as "Green [1, ∞)".</summary>
    /// <returns>The text, for diagnostics.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Name.English ?? Name.Vietnamese} [{(LowerBound is { } l ? l.ToString(CultureInfo.InvariantCulture) : "-∞")}, {(UpperBound is { } u ? u.ToString(CultureInfo.InvariantCulture) : "∞")})");
}
