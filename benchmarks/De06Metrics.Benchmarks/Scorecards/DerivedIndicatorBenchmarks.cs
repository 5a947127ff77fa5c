using BenchmarkDotNet.Attributes;
using De06Metrics.Indicators;
using De06Metrics.Measures;
using De06Metrics.Periods;
using De06Metrics.Scorecards;
using De06Metrics.Text;
using De06Metrics.Units;

namespace De06Metrics.Benchmarks.Scorecards;

/// <summary>
/// Computed indicators against stored ones: 10 000 units (16 provinces, 384 districts, 9 600 communes), Q1 2024. Every
/// scorecard holds the same 11 reported parts (10 amounts lent, in đồng, and the borrowing households) reported by the
/// communes; then 100 indicators of money per household, either stored (the communes report them, 960 000 figures
/// more) or computed (each the ratio of an amount to the households, nothing more reported). <see cref="Scorecard.Evaluate"/>
/// gives every unit a row for each of the 111 indicators, the parents' values rolled up (the stored ones) or
/// recomputed from their rolled-up parts (the computed ones), and ranks them among their peers.
/// </summary>
/// <remarks>
/// The baseline evaluates the 11 parts alone, so that the cost of the 100 indicators is each benchmark's time less
/// the baseline's: the goal is that a computed indicator costs at most 1,5 × a stored one,
/// (<see cref="EvaluateComputed"/> − baseline) ÷ (<see cref="EvaluateStored"/> − baseline) ≤ 1,5. One operation
/// takes seconds, so this class measures 1 warm-up and 3 iterations of one operation each, whatever the profile.
/// </remarks>
[WarmupCount(1)]
[IterationCount(3)]
public class DerivedIndicatorBenchmarks
{
    private const int AmountCount = 10;
    private const int IndicatorCount = 100;

    private static readonly ReportingPeriod Quarter = ScorecardFixture.Current;

    private Scorecard parts = null!;
    private Scorecard stored = null!;
    private Scorecard computed = null!;

    /// <summary>Builds the units, the parts' figures and the three scorecards.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var (units, _, communes) = ScorecardFixture.Tree();
        var households = new LocalizedText("hộ", "households");
        var money = Measure.Money(Currency.Vnd, MoneyScale.Billions);
        var perHousehold = money.AtScale(MoneyScale.Millions).Per(households, "household");
        var householdCode = new IndicatorCode("HOUSEHOLDS");
        Indicator[] partList =
        [
            new(householdCode, new LocalizedText("Hộ vay", "Borrower households"), Measure.Count(households, "household"), Polarity.HigherIsBetter, 0),
            .. Enumerable.Range(0, AmountCount).Select(k =>
                new Indicator(new IndicatorCode($"LENT{k:00}"), new LocalizedText($"Dư nợ {k}", $"Loans {k}"), money, Polarity.HigherIsBetter, 0)),
        ];
        Indicator PerHousehold(int i) =>
            new(new IndicatorCode($"PER{i:000}"), new LocalizedText($"Dư nợ bình quân {i}", $"Loan per household {i}"), perHousehold, Polarity.HigherIsBetter, 2);

        var random = new Random(2024);
        var householdsOf = new decimal[communes.Count];
        var lentOf = new decimal[AmountCount, communes.Count];
        var partFigures = new List<Observation>(communes.Count * (AmountCount + 1));
        for (var c = 0; c < communes.Count; c++)
        {
            householdsOf[c] = random.Next(50, 2_001);
            partFigures.Add(new Observation(householdCode, communes[c], Quarter, MeasuredValue.Of(householdsOf[c])));
            for (var k = 0; k < AmountCount; k++)
            {
                lentOf[k, c] = random.Next(1_000, 100_001) * 1_000_000m;
                partFigures.Add(new Observation(partList[k + 1].Code, communes[c], Quarter, MeasuredValue.Of(lentOf[k, c])));
            }
        }

        var storedIndicators = Enumerable.Range(0, IndicatorCount).Select(PerHousehold).ToArray();
        var storedFigures = new List<Observation>(partFigures);
        for (var i = 0; i < IndicatorCount; i++)
        {
            for (var c = 0; c < communes.Count; c++)
            {
                storedFigures.Add(new Observation(storedIndicators[i].Code, communes[c], Quarter, MeasuredValue.Of(lentOf[i % AmountCount, c] / householdsOf[c])));
            }
        }

        var computedIndicators = Enumerable.Range(0, IndicatorCount)
            .Select(i => PerHousehold(i).DefinedAs(IndicatorFormula.Ratio(partList[1 + (i % AmountCount)].Code, householdCode)));

        parts = Scorecard.Create(partList, units, [], partFigures);
        stored = Scorecard.Create([.. partList, .. storedIndicators], units, [], storedFigures);
        computed = Scorecard.Create([.. partList, .. computedIndicators], units, [], partFigures);
    }

    /// <summary>The floor: the 11 reported parts alone, 106 000 rows.</summary>
    [Benchmark(Baseline = true)]
    public ScorecardResult EvaluatePartsOnly() => parts.Evaluate(Quarter);

    /// <summary>The parts and 100 stored indicators of money per household: 1 067 000 rows.</summary>
    [Benchmark]
    public ScorecardResult EvaluateStored() => stored.Evaluate(Quarter);

    /// <summary>The parts and 100 indicators computed from them, each unit's from its own parts: 1 067 000 rows.</summary>
    [Benchmark]
    public ScorecardResult EvaluateComputed() => computed.Evaluate(Quarter);
}
