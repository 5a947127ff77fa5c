using De06Metrics.Composite;
using De06Metrics.Tests.Reliability.Support;
using De06Metrics.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace De06Metrics.Tests.Reliability.Properties;

/// <summary>
/// What a composite index must satisfy whatever the data: normalised values lie in the method's range and a composite
/// between its unit's lowest and highest normalised value; a unit's breakdown gives back its composite; the order of
/// the units changes nothing; the minimum coverage is applied as stated; and the fast span path has no value exactly
/// where the decimal path has none.
/// </summary>
[Properties(Replay = Seeds.Replay, MaxTest = Seeds.Cases)]
public class CompositeProperties
{
    /// <summary>Logarithms and exponentials are computed to about 26 significant digits (docs/composite.md).</summary>
    private const decimal Digits26 = 1e-20m;

    [Property]
    public Property Normalised_values_lie_in_the_methods_range_and_a_composite_between_its_units_extremes() =>
        Prop.ForAll(Arb.From(Generators.Composite), input =>
        {
            var result = input.Index.Compute(input.Table());
            var normalisation = input.Index.Normalisation;
            (decimal Low, decimal High)? range = normalisation.Method switch
            {
                NormalisationMethod.MinMax => (normalisation.Lower, normalisation.Upper),
                NormalisationMethod.PercentileRank => (0m, 100m),
                NormalisationMethod.DistanceToTarget when normalisation.CapsAtTarget => (0m, 100m),
                NormalisationMethod.DistanceToTarget => (0m, decimal.MaxValue),
                _ => null,
            };
            foreach (var score in result.Scores)
            {
                var used = score.Contributions.Where(c => c.Status == ContributionStatus.Used).ToList();
                if (range is var (low, high) && used.Any(c => c.NormalisedValue < low || c.NormalisedValue > high))
                {
                    return false.Label($"{score.Unit}: a normalised value outside [{low}, {high}]: {string.Join(", ", used.Select(c => $"{c.RawValue} → {c.NormalisedValue}"))}");
                }

                if (score.Value is not { } value)
                {
                    continue;
                }

                var weighted = used.Where(c => c.Component.Weight > 0m).Select(c => c.NormalisedValue!.Value).ToList();
                // A mean of equal values 58,33… (28 digits) may come out 2 × 10⁻²⁷ above them: each w·x is rounded.
                var slack = Digits26 * Math.Max(1m, Math.Abs(value));
                if (value < weighted.Min() - slack || value > weighted.Max() + slack)
                {
                    return false.Label($"{score.Unit}: {value} is not between {weighted.Min()} and {weighted.Max()}: {score.Explain(Language.English)}");
                }
            }

            return true.Label(input.ToString());
        });

    /// <summary>
    /// The terms of an arithmetic mean add up to the composite, those of a geometric mean multiply to it, and the
    /// composite of a harmonic mean is one over their sum; the effective weights of a unit sum to 1; a missing value
    /// contributes nothing. Effective weights are rounded to 28 digits, so the check allows 10⁻²⁰ of the value.
    /// </summary>
    [Property]
    public Property A_units_breakdown_gives_back_its_composite() =>
        Prop.ForAll(Arb.From(Generators.Composite), input =>
        {
            foreach (var score in input.Index.Compute(input.Table()).Scores)
            {
                var used = score.Contributions.Where(c => c.Status == ContributionStatus.Used).ToList();
                var others = score.Contributions.Where(c => c.Status != ContributionStatus.Used).ToList();
                if (used.Count != score.IndicatorsUsed || others.Any(c => c.NormalisedValue is not null || c.Term is not null || c.EffectiveWeight != 0m))
                {
                    return false.Label($"{score.Unit}: {score.IndicatorsUsed} used, contributions {string.Join("; ", score.Contributions.Select(c => c.Describe(Language.English)))}");
                }

                if (score.Value is not { } value)
                {
                    if (score.Contributions.Any(c => c.Term is not null))
                    {
                        return false.Label($"{score.Unit} has no composite but a term: {score.Explain(Language.English)}");
                    }

                    continue;
                }

                var terms = used.Select(c => c.Term!.Value).ToList();
                var back = input.Index.Aggregation switch
                {
                    AggregationMethod.WeightedArithmeticMean => terms.Sum(),
                    AggregationMethod.WeightedGeometricMean => terms.Aggregate(1m, (product, term) => product * term),
                    _ => 1m / terms.Sum(),
                };
                var weights = used.Sum(c => c.EffectiveWeight);
                var slack = Digits26 * Math.Max(1m, Math.Abs(value));
                if (Math.Abs(back - value) > slack || Math.Abs(weights - 1m) > Digits26)
                {
                    return false.Label($"{score.Unit}: {input.Index.Aggregation} terms give {back}, weights sum to {weights}, composite {value}: {score.Explain(Language.English)}");
                }
            }

            return true.Label(input.ToString());
        });

    [Property]
    public Property The_order_of_the_units_changes_no_units_score_breakdown_or_rank() =>
        Prop.ForAll(Arb.From(Generators.Composite.SelectMany(c => Gen.Shuffle(Enumerable.Range(0, c.Units.Length).ToArray()).Select(order => (c, order)))), input =>
        {
            var (composite, order) = input;
            var original = composite.Index.Compute(composite.Table());
            var shuffled = composite.Index.Compute(composite.Table(order));
            foreach (var score in original.Scores)
            {
                var other = shuffled[score.Unit];
                if (Describe(score) != Describe(other))
                {
                    return false.Label($"{composite}: in order [{string.Join(", ", order)}] {Describe(other)}, else {Describe(score)}");
                }
            }

            return shuffled.Scores.Select(s => s.Unit).SequenceEqual(order.Select(i => composite.Units[i])).Label("scores come in the table's order");
        });

    /// <summary>
    /// The status follows the documented table: no value at all is NoData; values none of which could be normalised is
    /// NotMeaningful; usable data below the minimum (the share counted here, independently) is BelowMinimumCoverage and
    /// gets no composite; a computed unit always meets the minimum. Ranks are standard competition ranks of the units
    /// with a composite, higher first.
    /// </summary>
    [Property]
    public Property The_minimum_coverage_is_applied_as_stated_and_ranks_cover_exactly_the_computed_units() =>
        Prop.ForAll(Arb.From(Generators.Composite), input =>
        {
            var index = input.Index;
            var result = index.Compute(input.Table());
            var computed = result.Scores.Where(s => s.Value.HasValue).Select(s => s.Value!.Value).ToList();
            for (var row = 0; row < input.Units.Length; row++)
            {
                var score = result[input.Units[row]];
                var present = Enumerable.Range(0, index.Components.Count).Where(j => input.Values[row][j].HasValue).ToList();
                var usable = present.Where(j => result.Statistics[j].IsNormalisable).ToList();
                var shareOfIndicators = (decimal)usable.Count / index.Components.Count;
                var shareOfWeight = usable.Sum(j => index.Components[j].Weight) / index.TotalWeight;
                var meets = (index.MinimumCoverage.Basis == CoverageBasis.ShareOfWeight ? shareOfWeight : shareOfIndicators) >= index.MinimumCoverage.Share;
                var expected = (present.Count, usable.Count) switch
                {
                    (0, _) => CompositeStatus.NoData,
                    (_, 0) => CompositeStatus.NotMeaningful,
                    _ when !meets => CompositeStatus.BelowMinimumCoverage,
                    _ => (CompositeStatus?)null, // Computed, or NotMeaningful for zero weights or a non-positive value under a geometric or harmonic mean
                };
                var consistent = expected is { } status
                    ? score.Status == status && score.Value is null
                    : score.Status is CompositeStatus.Computed or CompositeStatus.NotMeaningful && (score.Status == CompositeStatus.Computed) == score.Value.HasValue;
                var rank = score.Value is { } value ? new De06Metrics.Ranking.FieldRank(1 + computed.Count(v => v > value), computed.Count) : (De06Metrics.Ranking.FieldRank?)null;
                if (!consistent || score.ShareOfIndicators != shareOfIndicators || score.ShareOfWeight != shareOfWeight || score.Rank != rank
                    || (score.Value is null) != (score.Reason is not null))
                {
                    return false.Label($"{score.Unit}: expected {expected?.ToString() ?? "Computed"} with shares {shareOfIndicators}/{shareOfWeight}, rank {rank}; got {score.Status}, {score.ShareOfIndicators}/{score.ShareOfWeight}, rank {score.Rank}: {score.Explain(Language.English)}");
                }
            }

            return true.Label(input.ToString());
        });

    /// <summary>The span path (double, NaN for missing) gives NaN exactly where the decimal path gives no composite, and the same value elsewhere.</summary>
    [Property]
    public Property The_span_path_has_no_value_exactly_where_the_decimal_path_has_none() =>
        Prop.ForAll(Arb.From(Generators.Composite), input =>
        {
            var index = input.Index;
            var units = input.Units.Length;
            var values = new double[units * index.Components.Count];
            for (var j = 0; j < index.Components.Count; j++)
            {
                for (var row = 0; row < units; row++)
                {
                    values[(j * units) + row] = input.Values[row][j] is { } v ? (double)v : double.NaN;
                }
            }

            var composites = new double[units];
            index.Compute(values, units, composites);
            var scores = index.Compute(input.Table()).Scores;
            for (var row = 0; row < units; row++)
            {
                var exact = scores[row].Value;
                var fast = composites[row];
                var agrees = exact is { } e ? Math.Abs((double)e - fast) <= 1e-9 * Math.Max(1, Math.Abs(fast)) : double.IsNaN(fast);
                if (!agrees)
                {
                    return false.Label($"{scores[row].Unit}: decimal {exact?.ToString() ?? "none"} ({scores[row].Status}), span {fast}");
                }
            }

            return true.Label(input.ToString());
        });

    private static string Describe(CompositeScore score) =>
        $"{score.Status} {score.Value} {score.Rank} {score.IndicatorsUsed} {score.ShareOfIndicators} {score.ShareOfWeight} | " +
        string.Join(" | ", score.Contributions.Select(c => $"{c.Status} {c.RawValue} {c.UncappedValue} {c.NormalisedValue} {c.EffectiveWeight} {c.Term} {c.Reason}")) +
        " | " + score.Explain(Language.Vietnamese) + " | " + score.Explain(Language.English);
}
