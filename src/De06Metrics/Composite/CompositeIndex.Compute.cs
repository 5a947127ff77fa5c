using System.Globalization;
using De06Metrics.Measures;
using De06Metrics.Ranking;
using De06Metrics.Text;

namespace De06Metrics.Composite;

public sealed partial class CompositeIndex
{
    private static readonly LocalizedText NoDataForAnyIndicator = new LocalizedText(Phrase.CompositeNoDataForAnyIndicator);
    private static readonly LocalizedText NoValueNormalisable = new LocalizedText(Phrase.CompositeNoValueNormalisable);
    private static readonly LocalizedText UsedWeightsZero = new LocalizedText(Phrase.CompositeUsedWeightsZero);
    private static readonly LocalizedText NoData = new LocalizedText(Phrase.NoData);

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
    public CompositeResult Compute(IndicatorTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var unitCount = table.Units.Count;
        var count = Components.Count;
        var statistics = new ComponentStatistics[count];
        var raw = new decimal?[count][];
        var uncapped = new decimal?[count][];
        for (var j = 0; j < count; j++)
        {
            var column = table.ColumnOf(Components[j].Code);
            raw[j] = new decimal?[unitCount];
            for (var row = 0; row < unitCount; row++)
            {
                raw[j][row] = table.Cell(row, column);
            }

            try
            {
                statistics[j] = ComponentStatistics.Compute(Components[j], Normalisation, table);
                uncapped[j] = NormaliseColumn(j, raw[j], statistics[j]);
            }
            catch (OverflowException e)
            {
                var present = raw[j].Where(value => value.HasValue).Select(value => value!.Value).ToList();
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture,
                        $"Normalising '{Components[j].Code}' for {Name.In(Language.English)} ({Normalisation.Describe(Language.English)}) passes the range of decimal (±7,9 × 10^28): its {present.Count} values run from {present.Min()} to {present.Max()}."),
                    nameof(table), e);
            }
        }

        var outcomes = new UnitOutcome[unitCount];
        var normalised = new decimal?[count];
        for (var row = 0; row < unitCount; row++)
        {
            for (var j = 0; j < count; j++)
            {
                normalised[j] = uncapped[j][row] is { } before ? Normalisation.Cap(before) : null;
            }

            try
            {
                outcomes[row] = ScoreUnit(row, raw, uncapped, normalised, statistics);
            }
            catch (OverflowException e)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture,
                        $"Aggregating the normalised values of unit '{table.Units[row]}' for {Name.In(Language.English)} passes the range of decimal (±7,9 × 10^28): [{string.Join("; ", normalised.Select(value => value?.ToString(CultureInfo.InvariantCulture) ?? "—"))}]."),
                    nameof(table), e);
            }
        }

        var ranking = Ranks.ByUnit(
            outcomes.Select((outcome, row) => KeyValuePair.Create(table.Units[row], outcome.Value)), Polarity.HigherIsBetter);
        var scores = new CompositeScore[unitCount];
        for (var row = 0; row < unitCount; row++)
        {
            var unit = table.Units[row];
            var outcome = outcomes[row];
            FieldRank? rank = ranking.TryGetRank(unit, out var found) ? found : null;
            scores[row] = new CompositeScore(
                this, unit, outcome.Status, outcome.Value, rank, outcome.Reason, outcome.Contributions, outcome.Used, outcome.ShareOfIndicators, outcome.ShareOfWeight);
        }

        return new CompositeResult(this, scores, ranking, statistics);
    }

    /// <summary>Every unit's normalised value of one component before any cap; <see langword="null"/> where it has none.</summary>
    private decimal?[] NormaliseColumn(int component, decimal?[] values, ComponentStatistics statistics)
    {
        var result = new decimal?[values.Length];
        if (!statistics.IsNormalisable)
        {
            return result;
        }

        if (Normalisation.Method == NormalisationMethod.PercentileRank)
        {
            // Ranked from the worst value up, ties sharing the lower rank: r − 1 is the number of worse units.
            var ranks = Ranks.Compute(values, FromWorst(Components[component]));
            for (var row = 0; row < values.Length; row++)
            {
                result[row] = ranks[row] is { } rank ? (rank - 1m) * 100m / (statistics.Count - 1) : null;
            }

            return result;
        }

        for (var row = 0; row < values.Length; row++)
        {
            result[row] = values[row] is { } value ? Normalisation.Normalise(value, Components[component], statistics) : null;
        }

        return result;
    }

    /// <summary>Ranking options that give the worst value rank 1, ties sharing the lower rank.</summary>
    private static RankOptions FromWorst(CompositeComponent component) => new(
        component.Indicator.Polarity == Polarity.LowerIsBetter ? Polarity.HigherIsBetter : Polarity.LowerIsBetter, TieMethod.Min);

    private UnitOutcome ScoreUnit(int row, decimal?[][] raw, decimal?[][] uncapped, decimal?[] normalised, ComponentStatistics[] statistics)
    {
        var count = Components.Count;
        var used = 0;
        var usedWeight = 0m;
        var anyRaw = false;
        for (var j = 0; j < count; j++)
        {
            anyRaw |= raw[j][row].HasValue;
            if (normalised[j].HasValue)
            {
                used++;
                usedWeight += Components[j].Weight;
            }
        }

        var shareOfIndicators = (decimal)used / count;
        var shareOfWeight = usedWeight / TotalWeight;
        var (status, reason) = (used, usedWeight) switch
        {
            (0, _) when !anyRaw => (CompositeStatus.NoData, NoDataForAnyIndicator),
            (0, _) => (CompositeStatus.NotMeaningful, NoValueNormalisable),
            _ when !MinimumCoverage.IsMetBy(shareOfIndicators, shareOfWeight) => (CompositeStatus.BelowMinimumCoverage,
                CoverageReason(used, shareOfIndicators, shareOfWeight)),
            (_, 0m) => (CompositeStatus.NotMeaningful, UsedWeightsZero),
            _ => (CompositeStatus.Computed, (LocalizedText?)null),
        };

        if (status == CompositeStatus.Computed && Aggregation != AggregationMethod.WeightedArithmeticMean)
        {
            for (var j = 0; j < count; j++)
            {
                if (normalised[j] is { } value && value <= 0m)
                {
                    (status, reason) = (CompositeStatus.NotMeaningful, PositiveValuesReason(j, value));
                    break;
                }
            }
        }

        decimal? composite = status == CompositeStatus.Computed ? Aggregate(normalised, usedWeight) : null;
        var contributions = new CompositeContribution[count];
        for (var j = 0; j < count; j++)
        {
            var component = Components[j];
            if (normalised[j] is not { } x)
            {
                var missing = raw[j][row] is null;
                contributions[j] = new CompositeContribution(
                    component, Aggregation, missing ? ContributionStatus.Missing : ContributionStatus.NotNormalisable,
                    raw[j][row], null, null, 0m, null,
                    missing ? NoData : statistics[j].Why);
                continue;
            }

            var effectiveWeight = usedWeight == 0m ? 0m : component.Weight / usedWeight;
            decimal? term = composite is null ? null : Aggregation switch
            {
                AggregationMethod.WeightedArithmeticMean => effectiveWeight * x,
                AggregationMethod.WeightedGeometricMean => DecimalMath.Exp(effectiveWeight * DecimalMath.Ln(x)),
                _ => effectiveWeight / x,
            };
            contributions[j] = new CompositeContribution(
                component, Aggregation, ContributionStatus.Used, raw[j][row], uncapped[j][row], x, effectiveWeight, term, null);
        }

        return new UnitOutcome(status, composite, reason, contributions, used, shareOfIndicators, shareOfWeight);
    }

    private decimal Aggregate(decimal?[] normalised, decimal usedWeight)
    {
        var sum = 0m;
        for (var j = 0; j < normalised.Length; j++)
        {
            if (normalised[j] is not { } x)
            {
                continue;
            }

            var w = Components[j].Weight;
            sum += Aggregation switch
            {
                AggregationMethod.WeightedArithmeticMean => w * x,
                AggregationMethod.WeightedGeometricMean => w * DecimalMath.Ln(x),
                _ => w / x,
            };
        }

        return Aggregation switch
        {
            AggregationMethod.WeightedArithmeticMean => sum / usedWeight,
            AggregationMethod.WeightedGeometricMean => DecimalMath.Exp(sum / usedWeight),
            _ => usedWeight / sum,
        };
    }

    private LocalizedText CoverageReason(int used, decimal shareOfIndicators, decimal shareOfWeight) =>
        new(language => language.Format(
            Phrase.CompositeBelowMinimumCoverage,
            used,
            Components.Count,
            Display.Percent(shareOfIndicators, language),
            Display.Percent(shareOfWeight, language),
            MinimumCoverage.Describe(language)));

    private LocalizedText PositiveValuesReason(int component, decimal normalised)
    {
        var code = Components[component].Code;
        return new(language => language.Format(
            Phrase.CompositeNeedsPositiveValues, Describe(Aggregation, language), code, Display.Natural(normalised, language)));
    }

    private readonly record struct UnitOutcome(
        CompositeStatus Status,
        decimal? Value,
        LocalizedText? Reason,
        CompositeContribution[] Contributions,
        int Used,
        decimal ShareOfIndicators,
        decimal ShareOfWeight);
}
