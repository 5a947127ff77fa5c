using BenchmarkDotNet.Attributes;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Text;
using De06Metrics.Units;
using NodaTime;

namespace De06Metrics.Benchmarks.Scorecards;

/// <summary>
/// Plans of a containing period against targets of the row's own period: 10 000 units (16 provinces, 384 districts,
/// 9 600 communes) × 100 stock indicators (counts of models deployed), Q1 2024, the communes reporting (960 000
/// figures) and the districts' and provinces' values derived from them. Every unit has a target for every indicator
/// (1 000 000 targets): in one scorecard an annual plan for 2024 from a stated start on 31/12/2023, so that each row of
/// Q1 2024 has no target of its own and is set against its share of the year's plan (<see cref="ScorecardRow.PlanShare"/>:
/// the share reached, the share expected by 31 March, the days ahead or behind); in the other a Q1 2024 target of its
/// own, evaluated directly.
/// </summary>
/// <remarks>
/// The baseline is the scorecard with quarterly targets, so that the plan benchmark less the baseline is the cost of
/// finding each row's containing plan and working out its share. One operation takes seconds, so this class measures
/// 1 warm-up and 3 iterations of one operation each, whatever the profile.
/// </remarks>
[WarmupCount(1)]
[IterationCount(3)]
public class PlanShareBenchmarks
{
    private const int IndicatorCount = 100;

    /// <summary>Each commune's start, per indicator, on 31/12/2023 (a parent's is its communes' sum).</summary>
    private const int StartPerCommune = 400;

    /// <summary>Each commune's plan for 2024 (a parent's is its communes' sum).</summary>
    private const int PlanPerCommune = 900;

    private static readonly ReportingPeriod Quarter = ScorecardFixture.Current;
    private static readonly ReportingPeriod Year = ReportingPeriod.ForYear(2024);
    private static readonly LocalDate StartDate = new(2023, 12, 31);

    private Scorecard annualPlans = null!;
    private Scorecard quarterlyTargets = null!;

    /// <summary>Builds the units, the figures and the two scorecards.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var indicators = Enumerable.Range(0, IndicatorCount)
            .Select(j => new Indicator(
                new IndicatorCode($"M{j:000}"), new LocalizedText($"Mô hình đã triển khai {j}", $"Models deployed {j}"), Measure.Count(), Polarity.HigherIsBetter, 0,
                accumulation: AccumulationKind.Stock))
            .ToArray();
        var tree = ScorecardFixture.Tree();
        var communesBelow = new Dictionary<UnitKind, int>
        {
            [UnitKind.Province] = ScorecardFixture.DistrictsPerProvince * ScorecardFixture.CommunesPerDistrict,
            [UnitKind.District] = ScorecardFixture.CommunesPerDistrict,
            [UnitKind.Commune] = 1,
        };

        // A commune stands between its start (400) and a little past the quarter's expected 400 + 500 × 91/366 ≈ 524.
        var random = new Random(2024);
        var observations = new List<Observation>(tree.Communes.Count * IndicatorCount);
        foreach (var indicator in indicators)
        {
            foreach (var commune in tree.Communes)
            {
                observations.Add(new Observation(indicator.Code, commune, Quarter, MeasuredValue.Of(random.Next(StartPerCommune, 651))));
            }
        }

        var plans = indicators.SelectMany(indicator => tree.Units.Select(unit =>
        {
            var below = communesBelow[unit.Kind];
            return new Target(indicator.Code, unit.Id, Year, Goal.AtLeast(PlanPerCommune * below), start: PlanStart.Stated(StartPerCommune * below, StartDate));
        }));
        var quarterly = indicators.SelectMany(indicator => tree.Units.Select(unit =>
            new Target(indicator.Code, unit.Id, Quarter, Goal.AtLeast(525 * communesBelow[unit.Kind]))));

        annualPlans = Scorecard.Create(indicators, tree.Registry, [.. plans], observations);
        quarterlyTargets = Scorecard.Create(indicators, tree.Registry, [.. quarterly], observations);
    }

    /// <summary>The baseline: 1 000 000 rows of Q1 2024, each against a Q1 2024 target of its own.</summary>
    [Benchmark(Baseline = true)]
    public ScorecardResult EvaluateQuarterlyTargets() => quarterlyTargets.Evaluate(Quarter);

    /// <summary>1 000 000 rows of Q1 2024, each against its share of the annual 2024 plan from its start.</summary>
    [Benchmark]
    public ScorecardResult EvaluateAnnualPlanShares() => annualPlans.Evaluate(Quarter);
}
