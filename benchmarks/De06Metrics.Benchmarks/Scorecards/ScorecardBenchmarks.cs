using BenchmarkDotNet.Attributes;
using De06Metrics.Evaluation;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Benchmarks.Scorecards;

/// <summary>
/// A whole scorecard: 10 000 units (16 provinces, 384 districts, 9 600 communes) × 100 indicators × 2 periods
/// (Q1 2023 and Q1 2024). The communes report every indicator in both periods (1 920 000 observations: 70 rates as
/// numerator and denominator, 30 counts); every unit has a target for every indicator in Q1 2024 (1 000 000 targets).
/// <see cref="Scorecard.Evaluate"/> of Q1 2024 derives the districts' and provinces' values from their children,
/// evaluates each of the 1 000 000 rows against its target, compares it with Q1 2023 and ranks it among its peers.
/// </summary>
/// <remarks>
/// The baseline is the floor of that work: <see cref="BatchEvaluation"/> of the communes' 960 000 (actual, target)
/// pairs in <c>decimal</c>, margin and status only. One operation takes seconds, so this class measures 1 warm-up and
/// 3 iterations of one operation each, whatever the profile.
/// </remarks>
[WarmupCount(1)]
[IterationCount(3)]
public class ScorecardBenchmarks
{
    private const int IndicatorCount = 100;

    private static readonly ReportingPeriod Previous = ScorecardFixture.Previous;
    private static readonly ReportingPeriod Current = ScorecardFixture.Current;

    private Indicator[] indicators = [];
    private UnitRegistry units = null!;
    private Target[] targets = [];
    private Observation[] observations = [];
    private Scorecard scorecard = null!;
    private decimal?[] pairActuals = [];
    private decimal[] pairTargets = [];
    private decimal?[] pairMargins = [];
    private TargetStatus[] pairStatuses = [];

    /// <summary>Builds the units, indicators, observations, targets and the scorecard.</summary>
    [GlobalSetup]
    public void Setup()
    {
        indicators = [.. Enumerable.Range(0, IndicatorCount).Select(j => (j % 10) switch
        {
            < 6 => new Indicator(new IndicatorCode($"R{j:000}"), new LocalizedText($"Tỷ lệ {j}", $"Rate {j}"), Measure.Rate, Polarity.HigherIsBetter),
            6 => new Indicator(new IndicatorCode($"L{j:000}"), new LocalizedText($"Tỷ lệ trễ hạn {j}", $"Late rate {j}"), Measure.Rate, Polarity.LowerIsBetter),
            _ => new Indicator(new IndicatorCode($"C{j:000}"), new LocalizedText($"Số hồ sơ {j}", $"Dossiers {j}"), Measure.Count(), Polarity.HigherIsBetter, 0),
        })];

        var tree = ScorecardFixture.Tree();
        var (unitList, communes) = (tree.Units, tree.Communes);
        units = tree.Registry;

        var random = new Random(2024);
        var observationList = new List<Observation>(communes.Count * IndicatorCount * 2);
        var actuals = new List<decimal?>();
        var commonTargets = new List<decimal>();
        foreach (var period in new[] { Previous, Current })
        {
            foreach (var indicator in indicators)
            {
                foreach (var commune in communes)
                {
                    MeasuredValue value;
                    if (indicator.Measure.Kind == MeasureKind.Rate)
                    {
                        var denominator = random.Next(50, 501);
                        value = MeasuredValue.FromRateParts(random.Next(0, denominator + 1), denominator);
                    }
                    else
                    {
                        value = MeasuredValue.Of(random.Next(0, 1001));
                    }

                    observationList.Add(new Observation(indicator.Code, commune, period, value));
                    if (period == Current)
                    {
                        actuals.Add(value.Value);
                        commonTargets.Add(TargetFor(indicator, communes: 1).Value);
                    }
                }
            }
        }

        observations = [.. observationList];
        var communesBelow = new Dictionary<UnitKind, int>
        {
            [UnitKind.Province] = ScorecardFixture.DistrictsPerProvince * ScorecardFixture.CommunesPerDistrict,
            [UnitKind.District] = ScorecardFixture.CommunesPerDistrict,
            [UnitKind.Commune] = 1,
        };
        targets = [.. indicators.SelectMany(indicator => unitList.Select(unit =>
            new Target(indicator.Code, unit.Id, Current, TargetFor(indicator, communesBelow[unit.Kind]))))];
        scorecard = Scorecard.Create(indicators, units, targets, observations);

        pairActuals = [.. actuals];
        pairTargets = [.. commonTargets];
        pairMargins = new decimal?[pairActuals.Length];
        pairStatuses = new TargetStatus[pairActuals.Length];
    }

    /// <summary>The floor: margin and status of the communes' 960 000 pairs, nothing else.</summary>
    [Benchmark(Baseline = true)]
    public BatchSummary BatchEvaluationOfCommunePairs() =>
        BatchEvaluation.Evaluate(pairActuals, pairTargets, Polarity.HigherIsBetter, 0m, pairMargins, pairStatuses);

    /// <summary>Evaluates Q1 2024: derived parents, 1 000 000 rows with target, change on Q1 2023 and peer rank.</summary>
    [Benchmark]
    public ScorecardResult Evaluate() => scorecard.Evaluate(Current);

    /// <summary>
    /// Evaluates Q1 2024 and reads every row's explanations, which a row builds when first asked: the evaluation with
    /// its margin and attainment, the change in points or units and the change in percent. What a host pays to show
    /// them all.
    /// </summary>
    /// <returns>A sum of what was read, so that nothing is optimised away.</returns>
    [Benchmark]
    public decimal EvaluateAndExplainEveryRow()
    {
        var sum = 0m;
        foreach (var row in scorecard.Evaluate(Current).Rows)
        {
            if (row.Evaluation is { Margin: { } margin } evaluation)
            {
                sum += margin + (evaluation.Attainment.TryGetValue(out var attainment) ? attainment : 0m);
            }

            sum += (row.Change?.Amount ?? 0m) + (row.RelativeChange?.Amount ?? 0m);
        }

        return sum;
    }

    /// <summary>Evaluates Q1 2024 and writes the lagging report: every row's status, schedule and decline, ordered by severity per lead unit.</summary>
    [Benchmark]
    public LaggingReport EvaluateAndReportLagging() => scorecard.Evaluate(Current).Lagging();

    /// <summary>Builds the scorecard from its 2 920 000 targets and observations: validation and indexing.</summary>
    [Benchmark]
    public Scorecard Create() => Scorecard.Create(indicators, units, targets, observations);

    // A rate's target is the same at every level; a count's grows with the communes below the unit.
    private static Goal TargetFor(Indicator indicator, int communes) => indicator.Measure.Kind == MeasureKind.Rate
        ? indicator.Polarity == Polarity.HigherIsBetter ? Goal.AtLeast(70m) : Goal.AtMost(10m)
        : Goal.AtLeast(500m * communes);
}
