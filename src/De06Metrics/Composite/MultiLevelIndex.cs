using System.Collections.ObjectModel;
using System.Globalization;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Ranking;
using De06Metrics.Text;

namespace De06Metrics.Composite;

/// <summary>
/// A composite index in levels: indicators, normalised each by its own method, aggregate into dimensions with the
/// dimension's weights and aggregation; the dimensions aggregate into the index with the index's weights and
/// aggregation (OECD/JRC Handbook steps 5–6; COINr's <c>iMeta</c> levels with per-level <c>Aggregate</c> methods).
/// </summary>
/// <remarks>
/// <para>
/// At each level, weights are renormalised over what the unit has: a dimension without any usable value is missing
/// from the index, and the index is computed from the dimensions that have a score. A unit with no usable value at
/// all has no index. Geometric and harmonic means refuse a value ≤ 0 (not meaningful, with the indicator or dimension
/// named), exactly as <see cref="CompositeIndex"/> does; nothing is shifted silently.
/// </para>
/// <para>
/// The index (top level) may instead be <see cref="AggregationMethod.Copeland"/>: each unit's value is then its
/// pairs won minus pairs lost against the other units with an index, compared on their dimension scores with the
/// dimensions' weights; the dimensions themselves keep a mean.
/// </para>
/// <para>
/// Values are computed in <see cref="decimal"/>. <see cref="Audit(IndicatorTable, AuditOptions?)"/> and
/// <see cref="UncertaintyAnalysis.Run(MultiLevelIndex, IndicatorTable)"/> work on top of this definition.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class MultiLevelIndex
{
    /// <summary>Creates an index of dimensions.</summary>
    /// <param name="name">The index's name.</param>
    /// <param name="aggregation">How the dimensions' scores are combined into the index.</param>
    /// <param name="dimensions">The dimensions; at least one, codes distinct, no indicator in two, weights summing to more than zero.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dimensions"/> or a dimension is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The name is <c>default</c>; there is no dimension; a dimension code or an indicator code repeats; the
    /// dimensions' weights do not sum to more than zero.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="aggregation"/> is not defined.</exception>
    public MultiLevelIndex(LocalizedText name, AggregationMethod aggregation, IEnumerable<IndexDimension> dimensions)
    {
        if (name == default)
        {
            throw new ArgumentException("An index needs a name; default(LocalizedText) was given.", nameof(name));
        }

        if (!Enum.IsDefined(aggregation))
        {
            throw new ArgumentOutOfRangeException(nameof(aggregation), aggregation, $"Aggregation method {(int)aggregation} is not defined.");
        }

        ArgumentNullException.ThrowIfNull(dimensions);
        var list = dimensions.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("An index needs at least one dimension; none was given.", nameof(dimensions));
        }

        var codes = new HashSet<string>(StringComparer.Ordinal);
        var indicators = new List<LevelIndicator>();
        var dimensionOf = new List<int>();
        var seen = new HashSet<IndicatorCode>();
        for (var d = 0; d < list.Count; d++)
        {
            var dimension = list[d] ?? throw new ArgumentNullException(nameof(dimensions), $"Dimension {d} is null.");
            if (!codes.Add(dimension.Code))
            {
                throw new ArgumentException($"Dimension code '{dimension.Code}' appears more than once.", nameof(dimensions));
            }

            foreach (var indicator in dimension.Indicators)
            {
                if (!seen.Add(indicator.Code))
                {
                    throw new ArgumentException($"Indicator '{indicator.Code}' appears in more than one place (again in dimension '{dimension.Code}').", nameof(dimensions));
                }

                indicators.Add(indicator);
                dimensionOf.Add(d);
            }
        }

        if (list.Sum(dimension => dimension.Weight) <= 0m)
        {
            throw new ArgumentException(
                $"The dimensions' weights must sum to more than zero; they are {string.Join(", ", list.Select(d => d.Weight.ToString(CultureInfo.InvariantCulture)))}.",
                nameof(dimensions));
        }

        Name = name;
        Aggregation = aggregation;
        Dimensions = new ReadOnlyCollection<IndexDimension>(list);
        Indicators = new ReadOnlyCollection<LevelIndicator>(indicators);
        DimensionOf = [.. dimensionOf];
    }

    /// <summary>The index's name.</summary>
    public LocalizedText Name { get; }

    /// <summary>How the dimensions' scores are combined.</summary>
    public AggregationMethod Aggregation { get; }

    /// <summary>The dimensions, in order.</summary>
    public IReadOnlyList<IndexDimension> Dimensions { get; }

    /// <summary>Every indicator of every dimension, dimension by dimension.</summary>
    public IReadOnlyList<LevelIndicator> Indicators { get; }

    /// <summary>For each entry of <see cref="Indicators"/>, the position of its dimension.</summary>
    internal int[] DimensionOf { get; }

    /// <summary>Computes the index of every unit of a table, in <see cref="decimal"/>, with its dimension scores and rank.</summary>
    /// <param name="table">The values; an indicator without a column is missing for every unit.</param>
    /// <returns>One score per unit, in the table's order, ranked higher first ("1224").</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// A log treatment meets a value x with x + c ≤ 0; the message names the indicator, the unit and the value.
    /// </exception>
    /// <remarks>
    /// An indicator with an <see cref="LevelIndicator.Treatment"/> is treated first, over the table's units with a
    /// value; each value changed is in <see cref="MultiLevelResult.Treatments"/>.
    /// Each indicator is normalised across the table's units with a value, by its own <see cref="LevelIndicator.Normalisation"/>;
    /// an indicator that cannot be normalised (see <see cref="CompositeIndex"/>) counts as missing, and its reason is in
    /// <see cref="MultiLevelResult.Statistics"/>.
    /// </remarks>
    public MultiLevelResult Compute(IndicatorTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var (normalised, statistics, treated) = Normalise(table, null);
        var unitCount = table.Units.Count;
        var scores = new (CompositeStatus Status, decimal? Value, LocalizedText? Reason, decimal?[] Dimensions)[unitCount];
        for (var row = 0; row < unitCount; row++)
        {
            scores[row] = ScoreUnit(row, normalised);
        }

        if (Aggregation == AggregationMethod.Copeland)
        {
            var copeland = LevelAggregation.Copeland(
                [.. scores.Select(score => score.Dimensions)], [.. Dimensions.Select(d => d.Weight)], [.. scores.Select(score => score.Status == CompositeStatus.Computed)]);
            for (var row = 0; row < unitCount; row++)
            {
                if (scores[row].Status == CompositeStatus.Computed)
                {
                    scores[row] = scores[row] with { Value = copeland[row] };
                }
            }
        }

        var ranking = Ranks.ByUnit(scores.Select((score, row) => KeyValuePair.Create(table.Units[row], score.Value)), Polarity.HigherIsBetter);
        var result = new MultiLevelScore[unitCount];
        for (var row = 0; row < unitCount; row++)
        {
            var unit = table.Units[row];
            FieldRank? rank = ranking.TryGetRank(unit, out var found) ? found : null;
            var normalisedRow = new decimal?[Indicators.Count];
            for (var i = 0; i < normalisedRow.Length; i++)
            {
                normalisedRow[i] = normalised[i][row];
            }

            result[row] = new MultiLevelScore(this, unit, scores[row].Status, scores[row].Value, rank, scores[row].Reason, scores[row].Dimensions, normalisedRow);
        }

        return new MultiLevelResult(this, result, ranking, statistics, treated);
    }

    /// <summary>
    /// Audits the index on a table: correlations, Cronbach's alpha per dimension, principal components and flags.
    /// </summary>
    /// <param name="table">The values.</param>
    /// <param name="options">Thresholds of the flags; <see langword="null"/> for <see cref="AuditOptions.Default"/>.</param>
    /// <returns>The audit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is <see langword="null"/>.</exception>
    public IndexAudit Audit(IndicatorTable table, AuditOptions? options = null) => IndexAudit.Compute(this, table, options ?? AuditOptions.Default);

    /// <summary>
    /// Describes the definition: "Chỉ số thử: trung bình cộng có trọng số của 2 trụ cột" / "Test index: weighted
    /// arithmetic mean of 2 dimensions".
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public string Describe(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return language.Format(Phrase.MultiLevelDefinition, Name.In(language), CompositeIndex.Describe(Aggregation, language), Dimensions.Count);
    }

    /// <summary>Returns the description in English.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Describe(Language.English);

    /// <summary>
    /// Every indicator's normalised values (capped where the method caps), one array per indicator in
    /// <see cref="Indicators"/> order, by the indicator's own normalisation or, when given, by <paramref name="instead"/>.
    /// </summary>
    internal (decimal?[][] Normalised, IReadOnlyList<ComponentStatistics> Statistics, IReadOnlyList<TreatedValue> Treated) Normalise(IndicatorTable table, Normalisation? instead)
    {
        var unitCount = table.Units.Count;
        var treated = new List<TreatedValue>();
        var normalised = new decimal?[Indicators.Count][];
        var statistics = new ComponentStatistics[Indicators.Count];
        for (var i = 0; i < Indicators.Count; i++)
        {
            var indicator = Indicators[i];
            var normalisation = instead ?? indicator.Normalisation;
            var column = table.ColumnOf(indicator.Code);
            var raw = new decimal?[unitCount];
            for (var row = 0; row < unitCount; row++)
            {
                raw[row] = table.Cell(row, column);
            }

            indicator.Treatment?.Apply(raw, table, indicator.Code, treated);
            statistics[i] = ComponentStatistics.Compute(indicator.Component, normalisation, raw);
            var values = CompositeComputation.NormaliseColumn(normalisation, indicator.Component, raw, statistics[i]);
            for (var row = 0; row < unitCount; row++)
            {
                values[row] = values[row] is { } value ? normalisation.Cap(value) : null;
            }

            normalised[i] = values;
        }

        return (normalised, statistics, treated.AsReadOnly());
    }

    private (CompositeStatus Status, decimal? Value, LocalizedText? Reason, decimal?[] Dimensions) ScoreUnit(int row, decimal?[][] normalised)
    {
        var dimensionScores = new decimal?[Dimensions.Count];
        LocalizedText? reason = null;
        var first = 0;
        var anyValue = false;
        for (var d = 0; d < Dimensions.Count; d++)
        {
            var dimension = Dimensions[d];
            var count = dimension.Indicators.Count;
            var values = new decimal?[count];
            var weights = new decimal[count];
            for (var i = 0; i < count; i++)
            {
                values[i] = normalised[first + i][row];
                weights[i] = dimension.Indicators[i].Weight;
                anyValue |= values[i].HasValue;
            }

            dimensionScores[d] = LevelAggregation.Aggregate(dimension.Aggregation, values, weights, out var nonPositive);
            if (nonPositive >= 0 && reason is null)
            {
                reason = PositiveValuesReason(dimension.Aggregation, dimension.Indicators[nonPositive].Code.ToString(), values[nonPositive]!.Value);
            }

            first += count;
        }

        if (reason is { } dimensionReason)
        {
            return (CompositeStatus.NotMeaningful, null, dimensionReason, dimensionScores);
        }

        if (!anyValue)
        {
            return (CompositeStatus.NoData, null, new LocalizedText(Phrase.CompositeNoDataForAnyIndicator), dimensionScores);
        }

        if (Aggregation == AggregationMethod.Copeland)
        {
            // The score itself needs every unit; Compute fills it in for the units computed here.
            return Enumerable.Range(0, Dimensions.Count).Any(d => dimensionScores[d].HasValue && Dimensions[d].Weight > 0m)
                ? (CompositeStatus.Computed, null, null, dimensionScores)
                : (CompositeStatus.NotMeaningful, null, new LocalizedText(Phrase.CompositeUsedWeightsZero), dimensionScores);
        }

        var index = LevelAggregation.Aggregate(Aggregation, dimensionScores, [.. Dimensions.Select(d => d.Weight)], out var nonPositiveDimension);
        if (nonPositiveDimension >= 0)
        {
            return (CompositeStatus.NotMeaningful, null,
                PositiveValuesReason(Aggregation, Dimensions[nonPositiveDimension].Code, dimensionScores[nonPositiveDimension]!.Value), dimensionScores);
        }

        return index is { } value
            ? (CompositeStatus.Computed, value, null, dimensionScores)
            : (CompositeStatus.NotMeaningful, null,
                new LocalizedText(dimensionScores.Any(score => score.HasValue) ? Phrase.CompositeUsedWeightsZero : Phrase.CompositeNoValueNormalisable), dimensionScores);
    }

    private static LocalizedText PositiveValuesReason(AggregationMethod aggregation, string code, decimal value) =>
        new(language => language.Format(Phrase.CompositeNeedsPositiveValues, CompositeIndex.Describe(aggregation, language), code, Display.Natural(value, language)));
}
