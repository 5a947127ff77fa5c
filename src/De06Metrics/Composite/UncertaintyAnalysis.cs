using System.Collections.ObjectModel;
using System.Globalization;
using De06Metrics.Text;

namespace De06Metrics.Composite;

/// <summary>
/// The choices of a Monte Carlo uncertainty and sensitivity analysis of a <see cref="MultiLevelIndex"/> (JRC-COIN
/// step 7; COINr's <c>get_sensitivity</c>): how many samples, the seed, how the weights vary, which normalisations and
/// aggregations a sample may take, and whether to estimate first-order sensitivity indices.
/// </summary>
/// <remarks>
/// <para>
/// Each sample draws its choices from a random source of its own, seeded from <see cref="Seed"/> and the sample's
/// number by a fixed mixing function (SplitMix64) and MathNet's <c>Xoshiro256StarStar</c>. No random source is shared
/// between threads, so the result depends only on the seed and the choices, never on how many threads run or in which
/// order the samples finish: the same seed gives the same result, bit for bit.
/// </para>
/// <para>
/// A sample normalises every indicator by one method of <see cref="Normalisations"/> (or each by its own nominal one
/// when the list is empty) and aggregates every level by one method of <see cref="Aggregations"/> (or each level by its
/// own when empty). Normalised values come from the <see cref="decimal"/> path, computed once per method; the sampled
/// weights and the aggregation in each sample are <see cref="double"/>, since a sample only decides ranks.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class UncertaintyAnalysis
{
    /// <summary>Creates the choices of an analysis.</summary>
    /// <param name="samples">The number of samples; at least 1.</param>
    /// <param name="seed">The seed.</param>
    /// <param name="weights">How weights vary; <see langword="null"/> for <see cref="WeightPerturbation.None"/>.</param>
    /// <param name="normalisations">The normalisations a sample may take, each equally likely; empty keeps each indicator's own.</param>
    /// <param name="aggregations">The aggregations a sample may take, each equally likely; empty keeps each level's own.</param>
    /// <param name="firstOrderIndices">
    /// Whether to estimate the first-order sensitivity indices; this evaluates the index 2 + (number of varying
    /// choices) times per sample instead of once.
    /// </param>
    /// <param name="maxDegreeOfParallelism">How many threads may run samples; −1 (the default) for as many as the runtime likes. The result does not depend on it.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="samples"/> is below 1, an aggregation is not defined, or <paramref name="maxDegreeOfParallelism"/> is 0 or below −1.
    /// </exception>
    /// <exception cref="ArgumentException">
    /// A normalisation is <see langword="null"/> or listed twice, or an aggregation is listed twice or is
    /// <see cref="AggregationMethod.Copeland"/> (a sampled aggregation applies to every level).
    /// </exception>
    public UncertaintyAnalysis(
        int samples,
        int seed,
        WeightPerturbation? weights = null,
        IEnumerable<Normalisation>? normalisations = null,
        IEnumerable<AggregationMethod>? aggregations = null,
        bool firstOrderIndices = true,
        int maxDegreeOfParallelism = -1)
    {
        if (samples < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(samples), samples, string.Create(CultureInfo.InvariantCulture, $"An analysis needs at least one sample; {samples} was given."));
        }

        if (maxDegreeOfParallelism is 0 or < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism,
                string.Create(CultureInfo.InvariantCulture, $"The degree of parallelism is −1 (any) or at least 1; {maxDegreeOfParallelism} was given."));
        }

        var normalisationList = (normalisations ?? []).ToList();
        for (var i = 0; i < normalisationList.Count; i++)
        {
            _ = normalisationList[i] ?? throw new ArgumentException($"Normalisation {i} is null.", nameof(normalisations));
            if (normalisationList.IndexOf(normalisationList[i]) != i)
            {
                throw new ArgumentException($"Normalisation '{normalisationList[i]}' is listed twice; list each choice once (they are equally likely).", nameof(normalisations));
            }
        }

        var aggregationList = (aggregations ?? []).ToList();
        for (var i = 0; i < aggregationList.Count; i++)
        {
            if (!Enum.IsDefined(aggregationList[i]))
            {
                throw new ArgumentOutOfRangeException(nameof(aggregations), aggregationList[i], $"Aggregation method {(int)aggregationList[i]} is not defined.");
            }

            if (aggregationList[i] == AggregationMethod.Copeland)
            {
                throw new ArgumentException(
                    "Copeland cannot be sampled: a sampled aggregation applies to every level, and Copeland scores are offered only for the top level.", nameof(aggregations));
            }

            if (aggregationList.IndexOf(aggregationList[i]) != i)
            {
                throw new ArgumentException($"Aggregation {aggregationList[i]} is listed twice; list each choice once (they are equally likely).", nameof(aggregations));
            }
        }

        Samples = samples;
        Seed = seed;
        Weights = weights ?? WeightPerturbation.None;
        Normalisations = new ReadOnlyCollection<Normalisation>(normalisationList);
        Aggregations = new ReadOnlyCollection<AggregationMethod>(aggregationList);
        FirstOrderIndices = firstOrderIndices;
        MaxDegreeOfParallelism = maxDegreeOfParallelism;
    }

    /// <summary>The number of samples.</summary>
    public int Samples { get; }

    /// <summary>The seed.</summary>
    public int Seed { get; }

    /// <summary>How weights vary.</summary>
    public WeightPerturbation Weights { get; }

    /// <summary>The normalisations a sample may take; empty keeps each indicator's own.</summary>
    public IReadOnlyList<Normalisation> Normalisations { get; }

    /// <summary>The aggregations a sample may take; empty keeps each level's own.</summary>
    public IReadOnlyList<AggregationMethod> Aggregations { get; }

    /// <summary>Whether first-order sensitivity indices are estimated.</summary>
    public bool FirstOrderIndices { get; }

    /// <summary>How many threads may run samples; −1 for any.</summary>
    public int MaxDegreeOfParallelism { get; }

    /// <summary>The choices that vary between samples: weights with a positive range, more than one normalisation or aggregation.</summary>
    public IReadOnlyList<UncertainFactor> VaryingFactors
    {
        get
        {
            var factors = new List<UncertainFactor>();
            if (Weights.Varies)
            {
                factors.Add(UncertainFactor.Weights);
            }

            if (Normalisations.Count > 1)
            {
                factors.Add(UncertainFactor.Normalisation);
            }

            if (Aggregations.Count > 1)
            {
                factors.Add(UncertainFactor.Aggregation);
            }

            return factors;
        }
    }

    /// <summary>Runs the analysis on an index and a table.</summary>
    /// <param name="index">The index.</param>
    /// <param name="table">The values.</param>
    /// <returns>Each unit's rank interval and, when asked, the first-order indices.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="index"/> or <paramref name="table"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// A normalisation of <see cref="Normalisations"/> is distance to target and an indicator has no target; or the
    /// index is <see cref="AggregationMethod.Copeland"/>, which the samples (each unit aggregated on its own) do not
    /// compute.
    /// </exception>
    public UncertaintyResult Run(MultiLevelIndex index, IndicatorTable table)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(table);
        if (index.Aggregation == AggregationMethod.Copeland)
        {
            throw new ArgumentException(
                "The uncertainty analysis aggregates each unit on its own and does not sample Copeland scores; analyse the index with a mean at the top level.", nameof(index));
        }

        foreach (var normalisation in Normalisations.Where(n => n.Method == NormalisationMethod.DistanceToTarget))
        {
            var without = index.Indicators.FirstOrDefault(indicator => indicator.Component.Target is null);
            if (without is not null)
            {
                throw new ArgumentException($"The alternative '{normalisation}' needs a target for every indicator; '{without.Code}' has none.", nameof(index));
            }
        }

        return UncertaintySampler.Run(this, index, table);
    }

    /// <summary>
    /// Describes the choices: "1,000 samples (seed 42): weights ±25%; normalisation min-max … or z-scores …;
    /// aggregation each level's own".
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public string Describe(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var or = language[Phrase.UncertaintyOr];
        var normalisations = Normalisations.Count == 0
            ? language[Phrase.UncertaintyNormalisationNominal]
            : string.Join(or, Normalisations.Select(n => n.Describe(language)));
        var aggregations = Aggregations.Count == 0
            ? language[Phrase.UncertaintyAggregationNominal]
            : string.Join(or, Aggregations.Select(a => CompositeIndex.Describe(a, language)));
        return language.Format(
            Phrase.UncertaintyDefinition, language.FormatNumber(Samples, 0), Seed.ToString(CultureInfo.InvariantCulture), Weights.Describe(language), normalisations, aggregations);
    }

    /// <summary>Returns the description in English.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Describe(Language.English);
}
