using De06Metrics.Composite;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Scoring;
using De06Metrics.Text;
using De06Metrics.Units;
using FsCheck;
using FsCheck.Fluent;

namespace De06Metrics.Tests.Reliability.Support;

/// <summary>A composite index and its units × indicators values, with missing cells; built into a table in any unit order.</summary>
internal sealed record CompositeCase(CompositeIndex Index, UnitId[] Units, decimal?[][] Values)
{
    /// <summary>The table with its rows in the given order (every unit added, even one without a value).</summary>
    public IndicatorTable Table(IEnumerable<int>? order = null)
    {
        var builder = new IndicatorTableBuilder();
        foreach (var row in order ?? Enumerable.Range(0, Units.Length))
        {
            builder.AddUnit(Units[row]);
            for (var j = 0; j < Index.Components.Count; j++)
            {
                if (Values[row][j] is { } value)
                {
                    builder.Set(Units[row], Index.Components[j].Code, value);
                }
            }
        }

        return builder.ToTable();
    }

    public override string ToString() =>
        $"{Index} ({string.Join("; ", Index.Components)}) over [{string.Join(" | ", Values.Select(row => string.Join(", ", row.Select(v => v?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—"))))}]";
}

/// <summary>A scoring sheet and the values of several units, some missing, some beyond what a rule can score.</summary>
internal sealed record ScoringCase(ScoringSheet Sheet, UnitId[] Units, decimal?[][] Values)
{
    public ScoredIndicator[] Items => [.. Sheet.Groups.SelectMany(group => group.Items)];

    public IndicatorTable Table(IEnumerable<int>? order = null)
    {
        var builder = new IndicatorTableBuilder();
        var items = Items;
        foreach (var row in order ?? Enumerable.Range(0, Units.Length))
        {
            builder.AddUnit(Units[row]);
            for (var i = 0; i < items.Length; i++)
            {
                if (Values[row][i] is { } value)
                {
                    builder.Set(Units[row], items[i].Code, value);
                }
            }
        }

        return builder.ToTable();
    }

    public override string ToString() =>
        $"{Sheet} [{string.Join("; ", Items.Select(item => item.ToString()))}] over [{string.Join(" | ", Values.Select(row => string.Join(", ", row.Select(v => v?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—"))))}]";
}

internal static partial class Generators
{
    /// <summary>
    /// Composite indices of every normalisation, aggregation and coverage rule over 1–25 units × 1–5 indicators of
    /// either polarity, with weights (some zero), targets, many ties and missing cells, and now and then a column whose
    /// values are all equal (zero variance) or all missing.
    /// </summary>
    public static Gen<CompositeCase> Composite { get; } =
        from componentCount in Gen.Choose(1, 5)
        from components in Gen.ArrayOf(Component, componentCount)
        from normalisation in Gen.OneOf(
            from lower in Gen.Elements(0m, 1m, -50m, 0.5m)
            from width in Gen.Elements(1m, 99m, 100m, 0.001m)
            select Normalisation.MinMax(lower, lower + width),
            Gen.Elements(Normalisation.ZScore(), Normalisation.ZScore(100m, 10m)),
            Gen.Elements(Normalisation.DistanceToTarget(), Normalisation.DistanceToTarget(capAtTarget: false)),
            Gen.Constant(Normalisation.PercentileRank()))
        from aggregation in Gen.Elements(Enum.GetValues<AggregationMethod>().Where(a => a != AggregationMethod.Copeland).ToArray()) // Copeland: levels only
        from coverage in Gen.Frequency(
            (1, Gen.Constant(MinimumCoverage.AnyData)),
            (2, Gen.Elements(0m, 0.25m, 0.5m, 2m / 3m, 0.75m, 1m).Select(MinimumCoverage.ShareOfIndicators)),
            (2, Gen.Elements(0m, 0.25m, 0.5m, 0.75m, 1m).Select(MinimumCoverage.ShareOfWeight)))
        from unitCount in Gen.Choose(1, 25)
        from columns in Gen.ArrayOf(Column(unitCount), componentCount)
        select new CompositeCase(
            new CompositeIndex(new LocalizedText("Chỉ số “thử”, có dấu", "Test index"), Numbered(components), normalisation, aggregation, coverage),
            [.. Enumerable.Range(0, unitCount).Select(i => new UnitId($"U{i:D2}"))],
            [.. Enumerable.Range(0, unitCount).Select(row => columns.Select(column => column[row]).ToArray())]);

    /// <summary>
    /// Scoring sheets of 1–4 groups, with points given to a few decimals as points are (a maximum of 1/3 point would
    /// itself round, and sums of such maxima with it), each of 1–3 sub-indicators under every kind of rule and both polarities, with or
    /// without a rating scale, under either missing-data policy; and the values of 1–12 units, some missing, some
    /// negative or past a fraction's maximum.
    /// </summary>
    public static Gen<ScoringCase> Scoring { get; } =
        from groupCount in Gen.Choose(1, 4)
        from groups in Gen.ArrayOf(Gen.Choose(1, 3).SelectMany(count => Gen.ArrayOf(Rule, count)), groupCount)
        from slack in Gen.Elements(0m, 0m, 1m, 2.5m)
        from policy in Gen.Elements(MissingDataPolicy.StaysMissing, MissingDataPolicy.ScoresZero)
        from rated in Gen.Elements(false, true)
        from unitCount in Gen.Choose(1, 12)
        let itemCount = groups.Sum(rules => rules.Length)
        from values in Gen.ArrayOf(Gen.ArrayOf(ScoringValue, itemCount), unitCount)
        let sheet = Sheet(groups, slack, policy, rated)
        select new ScoringCase(sheet, [.. Enumerable.Range(0, unitCount).Select(i => new UnitId($"U{i:D2}"))], values);

    private static Gen<(Polarity Polarity, decimal Weight, decimal Target)> Component =>
        from polarity in Gen.Elements(Polarity.HigherIsBetter, Polarity.LowerIsBetter)
        from weight in Gen.Frequency((1, Gen.Constant(0m)), (4, Gen.Choose(1, 5).Select(i => (decimal)i)), (1, Gen.Elements(0.25m, 1m / 3m, 2.5m)))
        from target in Gen.Choose(0, 100).Select(i => (decimal)i)
        select (polarity, weight, target);

    private static IEnumerable<CompositeComponent> Numbered((Polarity Polarity, decimal Weight, decimal Target)[] components)
    {
        var weights = components.Select(c => c.Weight).ToArray();
        if (weights.All(w => w == 0m))
        {
            weights[0] = 1m;
        }

        return components.Select((c, j) => new CompositeComponent(
            new Indicator(new IndicatorCode($"C{j}"), new LocalizedText($"Chỉ tiêu {j}"), Measure.Count(), c.Polarity), weights[j], c.Target));
    }

    /// <summary>A column of one indicator: values with ties and missing cells; now and then constant or empty.</summary>
    private static Gen<decimal?[]> Column(int units) => Gen.Frequency(
        (8, Gen.ArrayOf(Gen.Frequency(
            (1, Gen.Constant<decimal?>(null)),
            (2, Gen.Choose(0, 10).Select(i => (decimal?)(i * 10))),
            (4, Gen.Choose(0, 100_000).Select(i => (decimal?)(i / 1000m))),
            (1, Gen.Choose(-1_000_000, 1_000_000).Select(i => (decimal?)(i / 7m)))), units)),
        (1, Gen.Elements<decimal?>(7m, 0m, 100m).Select(v => Enumerable.Repeat(v, units).ToArray())),
        (1, Gen.Constant(new decimal?[units])));

    private static Gen<Func<int, Polarity, ScoringRule>> Rule => Gen.OneOf(
        from threshold in Gen.Elements(5m, 45m, 80m, 100m, 0.5m)
        from points in Gen.Elements(1m, 2m, 2.5m, 10m, 0.75m)
        select (Func<int, Polarity, ScoringRule>)((_, polarity) => ScoringRule.CappedLinear(threshold, points, polarity)),
        from top in Gen.Elements(2m, 8m, 4.5m)
        from count in Gen.Choose(1, 3)
        from otherwise in Gen.Elements(0m, 0.5m)
        select (Func<int, Polarity, ScoringRule>)((_, polarity) => ScoringRule.Banded(
            Enumerable.Range(0, count).Select(b => new ScoreBand(polarity == Polarity.LowerIsBetter ? 5m + (10m * b) : 95m - (10m * b), top - b)),
            Math.Min(otherwise, top - count + 1), polarity)),
        from maximum in Gen.Elements(10m, 100m, 7m)
        from points in Gen.Elements(6m, 10m, 1.5m)
        select (Func<int, Polarity, ScoringRule>)((_, polarity) => ScoringRule.FractionOfMaximum(maximum, points, polarity)));

    private static Gen<decimal?> ScoringValue => Gen.Frequency(
        (1, Gen.Constant<decimal?>(null)),
        (6, Gen.Choose(0, 12_000).Select(i => (decimal?)(i / 100m))),
        (1, Gen.Elements<decimal?>(0m, 5m, 45m, 80m, 95m, 100m, 10m, 7m, -1m, -0.01m, 1_000m, 0.0000001m)));

    private static ScoringSheet Sheet(Func<int, Polarity, ScoringRule>[][] groups, decimal slack, MissingDataPolicy policy, bool rated)
    {
        var n = 0;
        var built = groups.Select((rules, g) =>
        {
            var items = rules.Select(rule =>
            {
                var polarity = n % 3 == 2 ? Polarity.LowerIsBetter : Polarity.HigherIsBetter;
                var indicator = new Indicator(new IndicatorCode($"S{n}"), new LocalizedText($"Chỉ tiêu thành phần {n}"), Measure.Rate, polarity);
                return new ScoredIndicator(indicator, rule(n++, polarity));
            }).ToList();
            return new ScoringGroup($"G{g}", new LocalizedText($"Nhóm {g}", $"Group {g}"), items.Sum(item => item.MaximumPoints) + slack, items);
        }).ToList();
        var maximum = built.Sum(group => group.MaximumPoints);
        var scale = rated ? new RatingScale(maximum * 0.9m, maximum * 0.75m, maximum * 0.5m, new LocalizedText("ví dụ minh họa", "illustrative")) : null;
        return new ScoringSheet(new LocalizedText("Chỉ số 766 (minh họa)", "766 index (illustrative)"), built, scale, policy);
    }
}
