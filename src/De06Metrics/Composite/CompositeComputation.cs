using System.Globalization;
using De06Metrics.Measures;
using De06Metrics.Ranking;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Composite;

/// <summary>
/// The exact path of <see cref="CompositeIndex.Compute(IndicatorTable)"/>: normalises and aggregates in
/// <see cref="decimal"/>, with each unit's breakdown and rank.
/// </summary>
internal static class CompositeComputation
{
    private static readonly LocalizedText NoDataForAnyIndicator = new LocalizedText(Phrase.CompositeNoDataForAnyIndicator);
    private static readonly LocalizedText NoValueNormalisable = new LocalizedText(Phrase.CompositeNoValueNormalisable);
    private static readonly LocalizedText UsedWeightsZero = new LocalizedText(Phrase.CompositeUsedWeightsZero);
    private static readonly LocalizedText NoData = new LocalizedText(Phrase.NoData);

    internal static CompositeResult Compute(CompositeIndex index, IndicatorTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var unitCount = table.Units.Count;
        var count = index.Components.Count;
        var statistics = new ComponentStatistics[count];
        var uncapped = new decimal?[count][];
        var columnOf = new int[count];
        var raw = new decimal?[unitCount];
        var scratch = new decimal[unitCount];
        for (var j = 0; j < count; j++)
        {
            columnOf[j] = table.ColumnOf(index.Components[j].Code);
            for (var row = 0; row < unitCount; row++)
            {
                raw[row] = table.Cell(row, columnOf[j]);
            }

            try
            {
                statistics[j] = ComponentStatistics.Compute(index.Components[j], index.Normalisation, raw, scratch);
                uncapped[j] = NormaliseColumn(index.Normalisation, index.Components[j], raw, statistics[j]);
            }
            catch (OverflowException e)
            {
                var present = raw.Where(value => value.HasValue).Select(value => value!.Value).ToList();
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture,
                        $"Normalising '{index.Components[j].Code}' for {index.Name.In(Language.English)} ({index.Normalisation.Describe(Language.English)}) passes the range of decimal (±7,9 × 10^28): its {present.Count} values run from {present.Min()} to {present.Max()}."),
                    nameof(table), e);
            }
        }

        // The breakdown is made when a unit's contributions are first read, from these columns: most callers read a few
        // units' breakdowns, or none, and 20 objects a unit made up front would cost more than the composite itself.
        var columns = new CompositeColumns(index, table, columnOf, uncapped, statistics);
        var outcomes = new UnitOutcome[unitCount];
        var normalised = new decimal?[count];
        for (var row = 0; row < unitCount; row++)
        {
            for (var j = 0; j < count; j++)
            {
                normalised[j] = uncapped[j][row] is { } before ? index.Normalisation.Cap(before) : null;
            }

            try
            {
                outcomes[row] = ScoreUnit(index, row, table, columnOf, normalised);
            }
            catch (OverflowException e)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture,
                        $"Aggregating the normalised values of unit '{table.Units[row]}' for {index.Name.In(Language.English)} passes the range of decimal (±7,9 × 10^28): [{string.Join("; ", normalised.Select(value => value?.ToString(CultureInfo.InvariantCulture) ?? "—"))}]."),
                    nameof(table), e);
            }
        }

        // A table's units are distinct, so they are ranked without checking it again and each one's place read by its row.
        var composites = new decimal?[unitCount];
        for (var row = 0; row < unitCount; row++)
        {
            composites[row] = outcomes[row].Value;
        }

        var ranking = Ranks.ByDistinctUnits(
            table.Units, composites, new RankOptions(Polarity.HigherIsBetter, TieMethod.Min), EqualityComparer<UnitId>.Default, out var ranks);
        var scores = new CompositeScore[unitCount];
        for (var row = 0; row < unitCount; row++)
        {
            var outcome = outcomes[row];
            scores[row] = new CompositeScore(
                index, table.Units[row], outcome.Status, outcome.Value, ranks[row], outcome.Reason, columns, row, outcome.UsedWeight, outcome.Used, outcome.ShareOfIndicators, outcome.ShareOfWeight);
        }

        return new CompositeResult(index, scores, ranking, statistics);
    }

    /// <summary>Every unit's normalised value of one component before any cap; <see langword="null"/> where it has none.</summary>
    internal static decimal?[] NormaliseColumn(Normalisation normalisation, CompositeComponent component, decimal?[] values, ComponentStatistics statistics)
    {
        var result = new decimal?[values.Length];
        if (!statistics.IsNormalisable)
        {
            return result;
        }

        if (normalisation.Method == NormalisationMethod.PercentileRank)
        {
            // Ranked from the worst value up, ties sharing the lower rank: r − 1 is the number of worse units.
            var ranks = Ranks.Compute(values, FromWorst(component));
            for (var row = 0; row < values.Length; row++)
            {
                result[row] = ranks[row] is { } rank ? (rank - 1m) * 100m / (statistics.Count - 1) : null;
            }

            return result;
        }

        for (var row = 0; row < values.Length; row++)
        {
            result[row] = values[row] is { } value ? normalisation.Normalise(value, component, statistics) : null;
        }

        return result;
    }

    /// <summary>Ranking options that give the worst value rank 1, ties sharing the lower rank.</summary>
    internal static RankOptions FromWorst(CompositeComponent component) => new(
        component.Indicator.Polarity == Polarity.LowerIsBetter ? Polarity.HigherIsBetter : Polarity.LowerIsBetter, TieMethod.Min);

    private static UnitOutcome ScoreUnit(CompositeIndex index, int row, IndicatorTable table, int[] columnOf, decimal?[] normalised)
    {
        var count = index.Components.Count;
        var used = 0;
        var usedWeight = 0m;
        var anyRaw = false;
        for (var j = 0; j < count; j++)
        {
            anyRaw |= table.Cell(row, columnOf[j]).HasValue;
            if (normalised[j].HasValue)
            {
                used++;
                usedWeight += index.Components[j].Weight;
            }
        }

        var shareOfIndicators = (decimal)used / count;
        var shareOfWeight = usedWeight / index.TotalWeight;
        var (status, reason) = (used, usedWeight) switch
        {
            (0, _) when !anyRaw => (CompositeStatus.NoData, NoDataForAnyIndicator),
            (0, _) => (CompositeStatus.NotMeaningful, NoValueNormalisable),
            _ when !index.MinimumCoverage.IsMetBy(shareOfIndicators, shareOfWeight) => (CompositeStatus.BelowMinimumCoverage,
                CoverageReason(index, used, shareOfIndicators, shareOfWeight)),
            (_, 0m) => (CompositeStatus.NotMeaningful, UsedWeightsZero),
            _ => (CompositeStatus.Computed, (LocalizedText?)null),
        };

        if (status == CompositeStatus.Computed && index.Aggregation != AggregationMethod.WeightedArithmeticMean)
        {
            for (var j = 0; j < count; j++)
            {
                if (normalised[j] is { } value && value <= 0m)
                {
                    (status, reason) = (CompositeStatus.NotMeaningful, PositiveValuesReason(index, j, value));
                    break;
                }
            }
        }

        decimal? composite = status == CompositeStatus.Computed ? Aggregate(index, normalised, usedWeight) : null;
        return new UnitOutcome(status, composite, reason, usedWeight, used, shareOfIndicators, shareOfWeight);
    }

    private static decimal Aggregate(CompositeIndex index, decimal?[] normalised, decimal usedWeight)
    {
        var sum = 0m;
        for (var j = 0; j < normalised.Length; j++)
        {
            if (normalised[j] is not { } x)
            {
                continue;
            }

            var w = index.Components[j].Weight;
            sum += index.Aggregation switch
            {
                AggregationMethod.WeightedArithmeticMean => w * x,
                AggregationMethod.WeightedGeometricMean => w * DecimalMath.Ln(x),
                _ => w / x,
            };
        }

        return index.Aggregation switch
        {
            AggregationMethod.WeightedArithmeticMean => sum / usedWeight,
            AggregationMethod.WeightedGeometricMean => DecimalMath.Exp(sum / usedWeight),
            _ => usedWeight / sum,
        };
    }

    private static LocalizedText CoverageReason(CompositeIndex index, int used, decimal shareOfIndicators, decimal shareOfWeight) =>
        new(language => language.Format(
            Phrase.CompositeBelowMinimumCoverage,
            used,
            index.Components.Count,
            Display.Percent(shareOfIndicators, language),
            Display.Percent(shareOfWeight, language),
            index.MinimumCoverage.Describe(language)));

    private static LocalizedText PositiveValuesReason(CompositeIndex index, int component, decimal normalised)
    {
        var code = index.Components[component].Code;
        return new(language => language.Format(
            Phrase.CompositeNeedsPositiveValues, CompositeIndex.Describe(index.Aggregation, language), code, Display.Natural(normalised, language)));
    }

    private readonly record struct UnitOutcome(
        CompositeStatus Status,
        decimal? Value,
        LocalizedText? Reason,
        decimal UsedWeight,
        int Used,
        decimal ShareOfIndicators,
        decimal ShareOfWeight);
}
