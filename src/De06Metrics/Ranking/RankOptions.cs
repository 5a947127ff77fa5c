using De06Metrics.Measures;

namespace De06Metrics.Ranking;

/// <summary>
/// How to rank: which direction is better, how ties share ranks, where missing values go, whether ranks are scaled
/// to a fraction of the field, and how close two values must be to tie. With a zero tolerance (the default) the
/// combination maps one to one onto pandas' <c>Series.rank</c> arguments.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Measures.Polarity.HigherIsBetter"/> ranks the largest value 1 (pandas <c>ascending=False</c>);
/// <see cref="Measures.Polarity.LowerIsBetter"/> ranks the smallest value 1 (<c>ascending=True</c>).
/// <see cref="Measures.Polarity.WithinBand"/> cannot be ranked by the value alone, so it is refused: rank the
/// distances to the band instead, with <see cref="Measures.Polarity.LowerIsBetter"/>.
/// </para>
/// <para>
/// <b>Tolerance.</b> With a tolerance ε &gt; 0, ties are found by chaining: after sorting, a value that differs from
/// the value just before it by at most ε joins that value's tie group. A group can therefore span more than ε
/// (1,0; 1,4; 1,8 with ε = 0,5 is one group), and the groups are the same in either direction. ε = 0 means exact
/// equality, which is what pandas does. The <see cref="double"/> ranking path compares with <c>(double)ε</c>.
/// </para>
/// <para>
/// The default value ranks higher-is-better with <see cref="TieMethod.Average"/>, <see cref="MissingPlacement.Keep"/>
/// no scaling and exact ties. Immutable and thread-safe.
/// </para>
/// </remarks>
public readonly struct RankOptions : IEquatable<RankOptions>
{
    /// <summary>
    /// Creates ranking options, the one way to build them: name the settings that differ from the defaults,
    /// <c>new RankOptions(Polarity.LowerIsBetter, TieMethod.Min, tolerance: 0.5m)</c>.
    /// </summary>
    /// <param name="polarity">Which direction of the value is better; the best value ranks 1.</param>
    /// <param name="ties">How tied values share ranks.</param>
    /// <param name="missing">Where missing values go.</param>
    /// <param name="asFraction">Whether each rank is divided by the size of the field, as pandas' <c>pct=True</c>.</param>
    /// <param name="tolerance">How far apart neighbouring sorted values may be and still tie; 0 for exact ties.</param>
    /// <exception cref="ArgumentException"><paramref name="polarity"/> is <see cref="Polarity.WithinBand"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// An enum argument is not one of its named values, or <paramref name="tolerance"/> is negative.
    /// </exception>
    public RankOptions(
        Polarity polarity,
        TieMethod ties = TieMethod.Average,
        MissingPlacement missing = MissingPlacement.Keep,
        bool asFraction = false,
        decimal tolerance = 0m)
    {
        Polarity = CheckPolarity(polarity);
        Ties = Enum.IsDefined(ties)
            ? ties
            : throw new ArgumentOutOfRangeException(nameof(ties), ties, $"Unknown tie method {(int)ties}.");
        Missing = Enum.IsDefined(missing)
            ? missing
            : throw new ArgumentOutOfRangeException(nameof(missing), missing, $"Unknown missing-value placement {(int)missing}.");
        AsFraction = asFraction;
        Tolerance = tolerance >= 0
            ? tolerance
            : throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, $"The tie tolerance {tolerance.ToString(System.Globalization.CultureInfo.InvariantCulture)} is negative; it must be zero or positive.");
    }

    /// <summary>Which direction of the value is better: the best value ranks 1. Never <see cref="Polarity.WithinBand"/>.</summary>
    public Polarity Polarity { get; }

    /// <summary>How tied values share ranks.</summary>
    public TieMethod Ties { get; }

    /// <summary>Where missing values go.</summary>
    public MissingPlacement Missing { get; }

    /// <summary>
    /// Whether each rank is divided by the size of the field, as pandas' <c>pct=True</c>: by the number of ranked
    /// values (which excludes missing values under <see cref="MissingPlacement.Keep"/> and includes them otherwise),
    /// or, with <see cref="TieMethod.Dense"/>, by the highest dense rank. The result is a fraction in (0, 1], not a
    /// percent.
    /// </summary>
    public bool AsFraction { get; }

    /// <summary>
    /// How far apart two neighbouring values in sorted order may be and still tie (chaining, see the remarks);
    /// 0 means exact equality, as in pandas.
    /// </summary>
    public decimal Tolerance { get; }

    /// <summary>Whether the best value is the smallest, as pandas' <c>ascending=True</c>.</summary>
    internal bool Ascending => Polarity == Polarity.LowerIsBetter;

    internal static Polarity CheckPolarity(Polarity polarity, string paramName = "polarity") => polarity switch
    {
        Polarity.HigherIsBetter or Polarity.LowerIsBetter => polarity,
        Polarity.WithinBand => throw new ArgumentException(
            "Polarity WithinBand cannot be ranked by the value alone: rank each value's distance to the band with Polarity.LowerIsBetter instead.",
            paramName),
        _ => throw new ArgumentOutOfRangeException(paramName, polarity, $"Unknown polarity {(int)polarity}."),
    };

    /// <inheritdoc />
    public bool Equals(RankOptions other) =>
        Polarity == other.Polarity && Ties == other.Ties && Missing == other.Missing && AsFraction == other.AsFraction
        && Tolerance == other.Tolerance;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RankOptions other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Polarity, Ties, Missing, AsFraction, Tolerance);

    /// <summary>Compares two sets of options for equality.</summary>
    /// <param name="left">The first options.</param>
    /// <param name="right">The second options.</param>
    /// <returns><see langword="true"/> when every setting is equal.</returns>
    public static bool operator ==(RankOptions left, RankOptions right) => left.Equals(right);

    /// <summary>Compares two sets of options for inequality.</summary>
    /// <param name="left">The first options.</param>
    /// <param name="right">The second options.</param>
    /// <returns><see langword="true"/> when a setting differs.</returns>
    public static bool operator !=(RankOptions left, RankOptions right) => !left.Equals(right);

    /// <summary>Describes the options in pandas' terms, for diagnostics.</summary>
    /// <returns>For example <c>HigherIsBetter, method=min, na_option=keep, pct=False, tolerance=0</c>.</returns>
    public override string ToString() => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"{Polarity}, method={Ties.ToString().ToLowerInvariant()}, na_option={Missing.ToString().ToLowerInvariant()}, pct={AsFraction}, tolerance={Tolerance}");
}
