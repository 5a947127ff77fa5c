using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Composite;

/// <summary>
/// One unit's ranks across the samples of an <see cref="UncertaintyAnalysis"/>: its nominal rank, the median and the
/// 5–95 % interval of its sampled ranks.
/// </summary>
/// <remarks>
/// Quantiles are R's type 7 (Excel <c>PERCENTILE.INC</c>): with the ranks sorted, the p-quantile is at position
/// (n − 1) · p, interpolated between neighbours, so it can fall between two whole ranks (2,5). A unit without an index
/// in a sample (a geometric mean meeting a 0) is not ranked in it and its interval is over the samples where it is;
/// <see cref="SamplesRanked"/> says how many. Immutable and thread-safe.
/// </remarks>
public sealed class RankInterval
{
    internal RankInterval(UnitId unit, int? nominalRank, int samplesRanked, double? median, double? low, double? high)
    {
        Unit = unit;
        NominalRank = nominalRank;
        SamplesRanked = samplesRanked;
        Median = median;
        Low = low;
        High = high;
    }

    /// <summary>The unit.</summary>
    public UnitId Unit { get; }

    /// <summary>The rank by the nominal index ("1224"), or <see langword="null"/> when it has no nominal index.</summary>
    public int? NominalRank { get; }

    /// <summary>How many samples ranked the unit.</summary>
    public int SamplesRanked { get; }

    /// <summary>The median sampled rank; <see langword="null"/> when no sample ranked the unit.</summary>
    public double? Median { get; }

    /// <summary>The 5th percentile of the sampled ranks (the best end of the interval).</summary>
    public double? Low { get; }

    /// <summary>The 95th percentile of the sampled ranks (the worst end of the interval).</summary>
    public double? High { get; }

    /// <summary>
    /// Says the interval: "U2: nominal rank 2, median 2, 90% of samples between 1 and 3" / "U2: xếp hạng danh nghĩa 2,
    /// trung vị 2, 90% số mẫu trong khoảng 1–3".
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The sentence.</returns>
    public string Describe(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        if (Median is not { } median)
        {
            return language.Format(Phrase.UncertaintyNeverRanked, Unit);
        }

        string Rank(double value) => Display.Natural((decimal)value, language, 1);
        var nominal = NominalRank is { } rank ? language.FormatNumber(rank, 0) : language[Phrase.NoData];
        return language.Format(Phrase.UncertaintyInterval, Unit, nominal, Rank(median), Rank(Low!.Value), Rank(High!.Value));
    }

    /// <summary>Returns the sentence in English.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Describe(Language.English);
}
