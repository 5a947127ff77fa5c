using De06Metrics.Text;

namespace De06Metrics.Composite;

/// <summary>
/// What a computation of a <see cref="CompositeIndex"/> keeps to write any unit's breakdown when it is read: the table
/// (raw values), every component's normalised values before the cap, and each component's statistics.
/// </summary>
/// <remarks>Immutable once made, so shared by every <see cref="CompositeScore"/> of one result and safe to read from any thread.</remarks>
internal sealed class CompositeColumns
{
    private static readonly LocalizedText NoData = new(Phrase.NoData);

    private readonly CompositeIndex index;
    private readonly IndicatorTable table;
    private readonly int[] columnOf;
    private readonly decimal?[][] uncapped;
    private readonly ComponentStatistics[] statistics;

    internal CompositeColumns(CompositeIndex index, IndicatorTable table, int[] columnOf, decimal?[][] uncapped, ComponentStatistics[] statistics)
    {
        this.index = index;
        this.table = table;
        this.columnOf = columnOf;
        this.uncapped = uncapped;
        this.statistics = statistics;
    }

    /// <summary>One unit's breakdown, one contribution per component in the index's order.</summary>
    /// <param name="row">The unit's row in the table.</param>
    /// <param name="usedWeight">The nominal weight of the components the unit has a usable value for.</param>
    /// <param name="computed">Whether the unit has a composite, so that each used component has a term.</param>
    internal CompositeContribution[] ContributionsOf(int row, decimal usedWeight, bool computed)
    {
        var count = index.Components.Count;
        var contributions = new CompositeContribution[count];
        for (var j = 0; j < count; j++)
        {
            var component = index.Components[j];
            var raw = table.Cell(row, columnOf[j]);
            var before = uncapped[j][row];
            if (before is not { } value)
            {
                var missing = raw is null;
                contributions[j] = new CompositeContribution(
                    component, index.Aggregation, missing ? ContributionStatus.Missing : ContributionStatus.NotNormalisable,
                    raw, null, null, 0m, null,
                    missing ? NoData : statistics[j].Why);
                continue;
            }

            var x = index.Normalisation.Cap(value);
            var effectiveWeight = usedWeight == 0m ? 0m : component.Weight / usedWeight;
            decimal? term = !computed ? null : index.Aggregation switch
            {
                AggregationMethod.WeightedArithmeticMean => effectiveWeight * x,
                AggregationMethod.WeightedGeometricMean => DecimalMath.Exp(effectiveWeight * DecimalMath.Ln(x)),
                _ => effectiveWeight / x,
            };
            contributions[j] = new CompositeContribution(
                component, index.Aggregation, ContributionStatus.Used, raw, value, x, effectiveWeight, term, null);
        }

        return contributions;
    }
}
