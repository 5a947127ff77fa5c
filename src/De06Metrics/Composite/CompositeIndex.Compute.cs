using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Composite;

public sealed partial class CompositeIndex
{
    /// <summary>
    /// Computes the composite of every unit in a table, in <see cref="decimal"/>, with each unit's breakdown.
    /// </summary>
    /// <param name="table">The values; a component's code with no column counts as missing for every unit.</param>
    /// <returns>One score per unit, in the table's order, and the statistics of each component.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// The normalisation uses every unit of the table with a value (COINr's <c>na.rm = TRUE</c>), so the same unit can
    /// score differently in a different table. The geometric mean goes through logarithms computed in
    /// <see cref="decimal"/> to about 26 significant digits.
    /// </remarks>
    public CompositeResult Compute(IndicatorTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var count = Components.Count;
        var statistics = new ComponentStatistics[count];
        var columns = new int[count];
        for (var j = 0; j < count; j++)
        {
            statistics[j] = ComponentStatistics.Compute(Components[j], Normalisation, table);
            columns[j] = table.ColumnOf(Components[j].Code);
        }

        var scores = new CompositeScore[table.Units.Count];
        var raw = new decimal?[count];
        var uncapped = new decimal?[count];
        var normalised = new decimal?[count];
        for (var row = 0; row < scores.Length; row++)
        {
            for (var j = 0; j < count; j++)
            {
                raw[j] = table.Cell(row, columns[j]);
                uncapped[j] = raw[j] is { } value && statistics[j].IsNormalisable
                    ? Normalisation.Normalise(value, Components[j], statistics[j])
                    : null;
                normalised[j] = uncapped[j] is { } before ? Normalisation.Cap(before) : null;
            }

            scores[row] = ScoreUnit(table.Units[row], raw, uncapped, normalised, statistics);
        }

        return new CompositeResult(this, scores, statistics);
    }

    private CompositeScore ScoreUnit(UnitId unit, decimal?[] raw, decimal?[] uncapped, decimal?[] normalised, ComponentStatistics[] statistics)
    {
        var count = Components.Count;
        var used = 0;
        var usedWeight = 0m;
        var anyRaw = false;
        for (var j = 0; j < count; j++)
        {
            anyRaw |= raw[j].HasValue;
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
            (0, _) when !anyRaw => (CompositeStatus.NoData,
                new LocalizedText("không có số liệu cho chỉ tiêu nào", "no data for any of its indicators")),
            (0, _) => (CompositeStatus.NotMeaningful,
                new LocalizedText("không giá trị nào của đơn vị chuẩn hóa được", "none of its values could be normalised")),
            _ when !MinimumCoverage.IsMetBy(shareOfIndicators, shareOfWeight) => (CompositeStatus.BelowMinimumCoverage,
                CoverageReason(used, shareOfIndicators, shareOfWeight)),
            (_, 0m) => (CompositeStatus.NotMeaningful,
                new LocalizedText("các chỉ tiêu có số liệu đều có trọng số 0", "the indicators it has data for all weigh 0")),
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
                var missing = raw[j] is null;
                contributions[j] = new CompositeContribution(
                    component, Aggregation, missing ? ContributionStatus.Missing : ContributionStatus.NotNormalisable,
                    raw[j], null, null, 0m, null,
                    missing ? new LocalizedText("không có số liệu", "no data") : statistics[j].Reason);
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
                component, Aggregation, ContributionStatus.Used, raw[j], uncapped[j], x, effectiveWeight, term, null);
        }

        return new CompositeScore(this, unit, status, composite, reason, contributions, used, shareOfIndicators, shareOfWeight);
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

    private LocalizedText CoverageReason(int used, decimal shareOfIndicators, decimal shareOfWeight)
    {
        string Text(Language l, string vi, string en) => Display.Pick(l, vi, en);
        string For(Language l) => Text(l,
            $"chỉ có số liệu dùng được cho {used}/{Components.Count} chỉ tiêu ({Display.Percent(shareOfIndicators, l)} số chỉ tiêu, {Display.Percent(shareOfWeight, l)} tổng trọng số), dưới mức tối thiểu: {MinimumCoverage.Describe(l)}",
            $"usable data for only {used} of {Components.Count} indicators ({Display.Percent(shareOfIndicators, l)} of the indicators, {Display.Percent(shareOfWeight, l)} of the weight), below the minimum of {MinimumCoverage.Describe(l)}");
        return new LocalizedText(For(Language.Vietnamese), For(Language.English));
    }

    private LocalizedText PositiveValuesReason(int component, decimal normalised)
    {
        var code = Components[component].Code;
        string For(Language l) => Display.Pick(l,
            $"{Describe(Aggregation, l)} cần giá trị chuẩn hóa dương, nhưng {code} được chuẩn hóa thành {Display.Natural(normalised, l)}; hãy chuẩn hóa về khoảng dương (như min-max về [1; 100]) hoặc dùng trung bình cộng",
            $"the {Describe(Aggregation, l)} needs positive normalised values, but {code} is normalised to {Display.Natural(normalised, l)}; normalise onto a positive range (such as min-max onto [1, 100]) or use the arithmetic mean");
        return new LocalizedText(For(Language.Vietnamese), For(Language.English));
    }
}
