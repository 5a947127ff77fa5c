using BenchmarkDotNet.Attributes;
using De06Metrics.Composite;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Scoring;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Benchmarks.Composite;

/// <summary>A 100-point sheet of six groups and 12 sub-indicators (illustrative rules) scored for 10 000 units.</summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    private const int Units = 10_000;

    private ScoringSheet sheet = null!;
    private IndicatorTable table = null!;
    private ScoringRule rule = null!;
    private decimal[] rates = [];

    [GlobalSetup]
    public void Setup()
    {
        var groupPoints = new[] { 18m, 20m, 12m, 10m, 22m, 18m };
        var codes = new[] { "CKMB", "TDGQ", "CLGQ", "TTTT", "MDSH", "MDHL" };
        var groups = new List<ScoringGroup>();
        var itemCodes = new List<IndicatorCode>();
        for (var g = 0; g < codes.Length; g++)
        {
            var items = new List<ScoredIndicator>();
            for (var k = 0; k < 2; k++)
            {
                var code = new IndicatorCode($"{codes[g]}.{k + 1}");
                itemCodes.Add(code);
                var indicator = new Indicator(code, new LocalizedText($"Chỉ tiêu {code}"), Measure.Rate, Polarity.HigherIsBetter);
                var points = groupPoints[g] / 2m;
                var scoring = k == 0
                    ? ScoringRule.CappedLinear(80m, points)
                    : ScoringRule.Banded([new ScoreBand(95m, points), new ScoreBand(80m, points / 2m)]);
                items.Add(new ScoredIndicator(indicator, scoring));
            }

            groups.Add(new ScoringGroup(codes[g], new LocalizedText(codes[g]), groupPoints[g], items));
        }

        sheet = new ScoringSheet(new LocalizedText("Chỉ số", "Index"), groups, new RatingScale(90m, 75m, 50m));
        rule = ScoringRule.CappedLinear(80m, 10m);

        var random = new Random(42);
        var builder = new IndicatorTableBuilder();
        rates = new decimal[Units];
        for (var i = 0; i < Units; i++)
        {
            var unit = new UnitId($"U{i:00000}");
            foreach (var code in itemCodes)
            {
                builder.Set(unit, code, random.Next(0, 1001) / 10m);
            }

            rates[i] = random.Next(0, 1001) / 10m;
        }

        table = builder.ToTable();
    }

    [Benchmark(Description = "sheet, 12 sub-indicators, 10k units")]
    public IReadOnlyList<SheetScore> ScoreSheet() => sheet.ScoreAll(table);

    [Benchmark(Description = "capped linear rule, 10k values")]
    public decimal ScoreRule()
    {
        var total = 0m;
        foreach (var rate in rates)
        {
            total += rule.Score(rate).Points!.Value;
        }

        return total;
    }
}
