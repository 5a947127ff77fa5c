using System.Collections.ObjectModel;
using System.Globalization;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Text;

namespace De06Metrics.Composite;

/// <summary>
/// The definition of a composite index: its indicators with weights, how their values are normalised, how the
/// normalised values are aggregated, and the least data a unit needs. <see cref="Compute(IndicatorTable)"/> applies it
/// to a units × indicators table; <see cref="Compute(ReadOnlySpan{double}, int, Span{double})"/> is the allocation-free
/// fast path over a column-major matrix.
/// </summary>
/// <remarks>
/// <para>
/// The steps follow the OECD/JRC Handbook on Constructing Composite Indicators (2008) and the JRC's COINr package:
/// normalise each indicator across units (polarity-aware), then aggregate each unit's normalised values with its
/// weights renormalised over the indicators it has data for, and drop units below the minimum coverage.
/// </para>
/// <para>
/// Missing values stay missing: they are never imputed or read as zero. An indicator that cannot be normalised (all
/// values equal, no values, a target not beyond the worst value) is left out of every unit's composite with its reason.
/// </para>
/// <para>Immutable and thread-safe; one index can compute many tables at once.</para>
/// </remarks>
public sealed partial class CompositeIndex
{
    /// <summary>Creates a composite index.</summary>
    /// <param name="name">The index's name, used when results describe themselves.</param>
    /// <param name="components">The indicators with their weights; at least one, codes distinct, weights not all zero.</param>
    /// <param name="normalisation">How each indicator is normalised across units.</param>
    /// <param name="aggregation">How a unit's normalised values are combined.</param>
    /// <param name="minimumCoverage">The least data a unit needs; <c>default</c> is <see cref="MinimumCoverage.AnyData"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="components"/>, a component or <paramref name="normalisation"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The name is <c>default</c>; there are no components; a code repeats; every weight is zero; an indicator's
    /// polarity is <see cref="Polarity.WithinBand"/>, which has no single better direction; or distance to target is
    /// chosen and a component has no target.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="aggregation"/> is not defined.</exception>
    public CompositeIndex(
        LocalizedText name,
        IEnumerable<CompositeComponent> components,
        Normalisation normalisation,
        AggregationMethod aggregation,
        MinimumCoverage minimumCoverage = default)
    {
        if (name == default)
        {
            throw new ArgumentException("A composite index needs a name; default(LocalizedText) was given.", nameof(name));
        }

        ArgumentNullException.ThrowIfNull(components);
        ArgumentNullException.ThrowIfNull(normalisation);
        if (!Enum.IsDefined(aggregation))
        {
            throw new ArgumentOutOfRangeException(nameof(aggregation), aggregation, $"Aggregation method {(int)aggregation} is not defined.");
        }

        var list = components.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("A composite index needs at least one component; none was given.", nameof(components));
        }

        var seen = new HashSet<IndicatorCode>();
        for (var i = 0; i < list.Count; i++)
        {
            var component = list[i] ?? throw new ArgumentNullException(nameof(components), $"Component {i} is null.");

            if (!seen.Add(component.Code))
            {
                throw new ArgumentException($"Indicator '{component.Code}' appears more than once among the components.", nameof(components));
            }

            if (component.Indicator.Polarity == Polarity.WithinBand)
            {
                throw new ArgumentException(
                    $"Indicator '{component.Code}' is {Polarity.WithinBand}, which has no single better direction; turn it into a distance from its band first.",
                    nameof(components));
            }

            if (normalisation.Method == NormalisationMethod.DistanceToTarget && component.Target is null)
            {
                throw new ArgumentException($"Distance to target needs a target for every component; '{component.Code}' has none.", nameof(components));
            }
        }

        var totalWeight = list.Sum(component => component.Weight);
        if (totalWeight == 0m)
        {
            throw new ArgumentException(
                $"The weights of a composite index cannot all be zero; the {list.Count} weights given are {string.Join(", ", list.Select(c => c.Weight.ToString(CultureInfo.InvariantCulture)))}.",
                nameof(components));
        }

        Name = name;
        Components = new ReadOnlyCollection<CompositeComponent>(list);
        Normalisation = normalisation;
        Aggregation = aggregation;
        MinimumCoverage = minimumCoverage;
        TotalWeight = totalWeight;
    }

    /// <summary>The index's name.</summary>
    public LocalizedText Name { get; }

    /// <summary>The components, in order; the span fast path reads the matrix's columns in this order.</summary>
    public IReadOnlyList<CompositeComponent> Components { get; }

    /// <summary>How each indicator is normalised.</summary>
    public Normalisation Normalisation { get; }

    /// <summary>How a unit's normalised values are combined.</summary>
    public AggregationMethod Aggregation { get; }

    /// <summary>The least data a unit needs for a composite.</summary>
    public MinimumCoverage MinimumCoverage { get; }

    /// <summary>The sum of the nominal weights; positive.</summary>
    public decimal TotalWeight { get; }

    /// <summary>
    /// Describes the definition: "Chỉ số thử: trung bình cộng có trọng số, chuẩn hóa min-max về [0; 100], cần có số
    /// liệu cho ít nhất 60% số chỉ tiêu" / "Test index: weighted arithmetic mean, min-max normalised onto [0, 100],
    /// requiring at least 60% of the indicators".
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public string Describe(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return language.Format(
            Phrase.CompositeIndexDefinition, Name.In(language), Describe(Aggregation, language), Normalisation.Describe(language), MinimumCoverage.Describe(language));
    }

    /// <summary>Returns the description in English.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Describe(Language.English);

    internal static string Describe(AggregationMethod aggregation, Language language) => language[aggregation switch
    {
        AggregationMethod.WeightedArithmeticMean => Phrase.AggregationArithmetic,
        AggregationMethod.WeightedGeometricMean => Phrase.AggregationGeometric,
        _ => Phrase.AggregationHarmonic,
    }];
}
