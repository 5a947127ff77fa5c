using BenchmarkDotNet.Attributes;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Scoring;
using De06Metrics.Text;

namespace De06Metrics.Benchmarks.Composite;

/// <summary>
/// A 100-point sheet of six groups (18, 20, 12, 10, 22 and 18 points, as Decision 766/QĐ-TTg's index) holding the
/// 20 indicators of <see cref="UnitTableData"/> under illustrative rules (capped linear and banded, alternately),
/// scored for 10 000 units with <see cref="ScoringSheet.ScoreAll"/>: every unit's groups, sub-indicators, rule steps,
/// completeness and rating. The baseline is a hand-written loop applying the same rules in <c>decimal</c> and summing
/// each unit's points, without any of that record.
/// </summary>
public class ScoringBenchmarks
{
    private const int Units = UnitTableData.Units;

    private static readonly int[] ItemsPerGroup = [4, 4, 3, 3, 3, 3];
    private static readonly decimal[] GroupPoints = [18m, 20m, 12m, 10m, 22m, 18m];
    private static readonly string[] GroupCodes = ["CKMB", "TDGQ", "CLGQ", "TTTT", "MDSH", "MDHL"];

    private UnitTableData data = null!;
    private ScoringSheet sheet = null!;
    private ScoringRule[] rules = [];
    private decimal?[] totals = [];

    /// <summary>Builds the data and the sheet.</summary>
    [GlobalSetup]
    public void Setup()
    {
        data = new UnitTableData();
        var groups = new List<ScoringGroup>();
        var allRules = new List<ScoringRule>();
        var j = 0;
        for (var g = 0; g < GroupCodes.Length; g++)
        {
            var items = new List<ScoredIndicator>();
            var count = ItemsPerGroup[g];
            var each = Math.Floor(GroupPoints[g] * 100m / count) / 100m;
            for (var k = 0; k < count; k++, j++)
            {
                var indicator = data.Indicators[j];
                var points = k == count - 1 ? GroupPoints[g] - (each * (count - 1)) : each;
                var higher = indicator.Polarity == Polarity.HigherIsBetter;
                var rule = j % 2 == 0
                    ? ScoringRule.CappedLinear(higher ? 80m : 20m, points, indicator.Polarity)
                    : ScoringRule.Banded(
                        higher ? [new ScoreBand(95m, points), new ScoreBand(80m, points / 2)] : [new ScoreBand(5m, points), new ScoreBand(20m, points / 2)],
                        0m,
                        indicator.Polarity);
                allRules.Add(rule);
                items.Add(new ScoredIndicator(indicator, rule));
            }

            groups.Add(new ScoringGroup(GroupCodes[g], new LocalizedText(GroupCodes[g]), GroupPoints[g], items));
        }

        rules = [.. allRules];
        sheet = new ScoringSheet(new LocalizedText("Chỉ số (minh họa)", "Index (illustrative)"), groups, new RatingScale(90m, 75m, 50m));
        totals = new decimal?[Units];
    }

    /// <summary>
    /// The same rules by hand: each present value's points summed per unit; a unit missing any value has no total
    /// (it could not be rated either).
    /// </summary>
    [Benchmark(Baseline = true)]
    public decimal? PlainLoop()
    {
        var matrix = data.ExactMatrix;
        for (var i = 0; i < Units; i++)
        {
            decimal? total = 0m;
            for (var j = 0; j < rules.Length; j++)
            {
                if (matrix[(j * Units) + i] is not { } x)
                {
                    total = null;
                    continue;
                }

                var rule = rules[j];
                var higher = rule.Polarity == Polarity.HigherIsBetter;
                decimal points;
                if (rule.Kind == ScoringRuleKind.CappedLinear)
                {
                    points = higher
                        ? (x >= rule.Threshold ? rule.MaximumPoints : x * rule.MaximumPoints / rule.Threshold)
                        : (x <= rule.Threshold ? rule.MaximumPoints : rule.MaximumPoints * rule.Threshold / x);
                }
                else
                {
                    points = rule.OtherwisePoints;
                    var bands = rule.Bands;
                    for (var b = 0; b < bands.Count; b++)
                    {
                        if (higher ? x >= bands[b].Threshold : x <= bands[b].Threshold)
                        {
                            points = bands[b].Points;
                            break;
                        }
                    }
                }

                total += points;
            }

            totals[i] = total;
        }

        return totals[0];
    }

    /// <summary>
    /// The library: every unit's <see cref="SheetScore"/>, with its total and rating; its groups, sub-indicators and rule
    /// steps ready to be read (made when first read).
    /// </summary>
    [Benchmark]
    public IReadOnlyList<SheetScore> Library_ScoreAll() => sheet.ScoreAll(data.Table);

    /// <summary>The same, then every unit's groups read: the cost of a caller who wants every rule step.</summary>
    [Benchmark]
    public int Library_ScoreAllEveryGroupRead()
    {
        var read = 0;
        foreach (var score in sheet.ScoreAll(data.Table))
        {
            read += score.Groups.Count;
        }

        return read;
    }
}
