using System.Globalization;
using De06Metrics.Text;

namespace De06Metrics.Composite;

/// <summary>
/// The least data a unit must have for its composite to be computed: a share of the indicators (COINr's
/// <c>dat_thresh</c>) or of the total weight. Below it the composite is missing, with the reason.
/// </summary>
/// <remarks>
/// A value counts as usable when it is present and its indicator could be normalised (an indicator whose values are
/// all equal cannot be min-max normalised, so it counts as unavailable for every unit). The comparison is inclusive:
/// 2 of 3 indicators meet a minimum of 2/3. Whatever the minimum, a unit with no usable value gets no composite.
/// <c>default</c> is <see cref="AnyData"/>. Immutable and thread-safe.
/// </remarks>
public readonly struct MinimumCoverage : IEquatable<MinimumCoverage>
{
    private MinimumCoverage(CoverageBasis basis, decimal share)
    {
        Basis = basis;
        Share = share;
    }

    /// <summary>What the share is a share of.</summary>
    public CoverageBasis Basis { get; }

    /// <summary>The least share, from 0 to 1.</summary>
    public decimal Share { get; }

    /// <summary>At least one usable value; no further minimum.</summary>
    public static MinimumCoverage AnyData => default;

    /// <summary>At least a share of the indicators, counted once each: <c>ShareOfIndicators(0.6m)</c> asks for 60% of them.</summary>
    /// <param name="share">The least share, from 0 to 1.</param>
    /// <returns>The minimum.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="share"/> is outside 0 to 1.</exception>
    public static MinimumCoverage ShareOfIndicators(decimal share) => new(CoverageBasis.ShareOfIndicators, Check(share));

    /// <summary>At least a share of the total nominal weight: <c>ShareOfWeight(0.5m)</c> asks for half the weight.</summary>
    /// <param name="share">The least share, from 0 to 1.</param>
    /// <returns>The minimum.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="share"/> is outside 0 to 1.</exception>
    public static MinimumCoverage ShareOfWeight(decimal share) => new(CoverageBasis.ShareOfWeight, Check(share));

    /// <summary>Whether a coverage meets this minimum.</summary>
    /// <param name="shareOfIndicators">The share of indicators with a usable value, 0 to 1.</param>
    /// <param name="shareOfWeight">The share of the total weight with a usable value, 0 to 1.</param>
    /// <returns><see langword="true"/> when the share on this minimum's basis is at least <see cref="Share"/>.</returns>
    public bool IsMetBy(decimal shareOfIndicators, decimal shareOfWeight) =>
        (Basis == CoverageBasis.ShareOfWeight ? shareOfWeight : shareOfIndicators) >= Share;

    /// <summary>Describes the minimum: "ít nhất 60% số chỉ tiêu" / "at least 60% of the indicators".</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public string Describe(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        if (Share == 0m)
        {
            return language[Phrase.CoverageAnyData];
        }

        var percent = Display.Percent(Share, language);
        return Basis == CoverageBasis.ShareOfWeight
            ? language.Format(Phrase.CoverageShareOfWeight, percent)
            : language.Format(Phrase.CoverageShareOfIndicators, percent);
    }

    /// <inheritdoc />
    public bool Equals(MinimumCoverage other) => Basis == other.Basis && Share == other.Share;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MinimumCoverage other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Basis, Share);

    /// <summary>Equality.</summary>
    /// <param name="left">The first minimum.</param>
    /// <param name="right">The second minimum.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(MinimumCoverage left, MinimumCoverage right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first minimum.</param>
    /// <param name="right">The second minimum.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(MinimumCoverage left, MinimumCoverage right) => !left.Equals(right);

    /// <summary>Returns the minimum in English.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Describe(Language.English);

    private static decimal Check(decimal share) => share is >= 0m and <= 1m
        ? share
        : throw new ArgumentOutOfRangeException(nameof(share), share,
            string.Create(CultureInfo.InvariantCulture, $"A minimum coverage is a share from 0 to 1; {share} was given."));
}
