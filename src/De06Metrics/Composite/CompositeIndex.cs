using System.Buffers;
using System.Collections.ObjectModel;
using System.Globalization;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Ranking;
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
public sealed class CompositeIndex
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
    /// chosen and a component has no target; or <paramref name="aggregation"/> is <see cref="AggregationMethod.Copeland"/>,
    /// which scores across units and is offered only for the top level of a <see cref="MultiLevelIndex"/>.
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

        if (aggregation == AggregationMethod.Copeland)
        {
            throw new ArgumentException(
                "Copeland scores count pairs of units and have no per-unit breakdown; use it as the top level of a MultiLevelIndex.", nameof(aggregation));
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
    /// Computes the composite of every unit in a table, in <see cref="decimal"/>, with each unit's breakdown and its
    /// rank among the units with a composite.
    /// </summary>
    /// <param name="table">The values; a component's code with no column counts as missing for every unit.</param>
    /// <returns>One score per unit, in the table's order, the ranking, and the statistics of each component.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// A component's values, or a unit's normalised values, pass the range of <see cref="decimal"/> when normalised or
    /// aggregated (values near ±7,9 × 10^28); the message names the component or unit and the values.
    /// </exception>
    /// <remarks>
    /// The normalisation uses every unit of the table with a value (COINr's <c>na.rm = TRUE</c>), so the same unit can
    /// score differently in a different table. The geometric mean goes through logarithms computed in
    /// <see cref="decimal"/> to about 26 significant digits. Units are ranked by standard competition ranking ("1224",
    /// <see cref="TieMethod.Min"/>), higher composite first; see <see cref="CompositeResult.Rank(TieMethod)"/> for others.
    /// </remarks>
    public CompositeResult Compute(IndicatorTable table) => CompositeComputation.Compute(this, table);

    /// <summary>
    /// Computes the composite of many units at once in <see cref="double"/>, allocation-free per element: the fast
    /// path for large tables (10 000 units × 20 indicators). Same method as <see cref="Compute(IndicatorTable)"/>,
    /// without the breakdown.
    /// </summary>
    /// <param name="values">
    /// The values, column-major: the <paramref name="unitCount"/> values of component 0 (in <see cref="Components"/>
    /// order), then those of component 1, and so on. <see cref="double.NaN"/> marks a missing value.
    /// </param>
    /// <param name="unitCount">The number of units (rows).</param>
    /// <param name="composites">Receives one composite per unit; <see cref="double.NaN"/> where there is none.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unitCount"/> is negative.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="values"/> is not <paramref name="unitCount"/> × components long, <paramref name="composites"/>
    /// is not <paramref name="unitCount"/> long, a value is infinite (NaN marks a missing value; infinity is no value),
    /// or a component's range, a sum or a composite passes the range of <see cref="double"/>.
    /// </exception>
    /// <remarks>
    /// <para>
    /// A <see cref="double.NaN"/> result carries no reason; compute the units of interest with
    /// <see cref="Compute(IndicatorTable)"/> to see why. Results agree with the <see cref="decimal"/> path to about
    /// 12 significant digits.
    /// </para>
    /// <para>
    /// The only allocations are scratch buffers rented from <see cref="ArrayPool{T}.Shared"/> and returned before the
    /// method ends: 2 × <paramref name="unitCount"/> doubles, and for percentile ranks one more
    /// <paramref name="unitCount"/> doubles and the ranking scratch of <see cref="Ranks.ScratchLength"/>, and for a
    /// minimum share of weight one flag per component. Whether a unit meets the minimum coverage is decided as the
    /// <see cref="decimal"/> path decides it, so a share equal to the minimum meets it on both paths.
    /// </para>
    /// </remarks>
    public void Compute(ReadOnlySpan<double> values, int unitCount, Span<double> composites) => CompositeSpanPath.Compute(this, values, unitCount, composites);

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
        AggregationMethod.WeightedHarmonicMean => Phrase.AggregationHarmonic,
        _ => Phrase.AggregationCopeland,
    }];
}
