using De06Metrics.Text;
using MathNet.Numerics.Random;

namespace De06Metrics.Composite;

/// <summary>
/// The Monte Carlo engine of <see cref="UncertaintyAnalysis.Run"/>: draws each sample's choices from its own random
/// source, evaluates the index in <see cref="double"/>, ranks, and accumulates Saltelli's first-order estimator in exact
/// integer sums (ranks are whole numbers), so that the result does not depend on the order in which threads finish.
/// </summary>
internal static class UncertaintySampler
{
    private static readonly LocalizedText NoRankVaries = new(Phrase.UncertaintyNoRankVaries);

    public static UncertaintyResult Run(UncertaintyAnalysis analysis, MultiLevelIndex index, IndicatorTable table)
    {
        var nominal = index.Compute(table);
        var model = new Model(analysis, index, table);
        var units = model.Units;
        var samples = analysis.Samples;
        var factors = analysis.VaryingFactors;
        var sensitivity = analysis.FirstOrderIndices && factors.Count > 0;
        var ranksA = new int[samples * units];
        var totals = new Sums(units, factors.Count);
        var gate = new object();
        Parallel.For(
            0,
            samples,
            new ParallelOptions { MaxDegreeOfParallelism = analysis.MaxDegreeOfParallelism },
            () => (Work: new Workspace(model), Sums: sensitivity ? new Sums(units, factors.Count) : null),
            (sample, _, local) =>
            {
                var random = new Xoshiro256StarStar(SeedOf(analysis.Seed, sample), threadSafe: false);
                var a = model.Draw(random);
                var rankA = ranksA.AsSpan(sample * units, units);
                model.Evaluate(a, local.Work, rankA);
                if (local.Sums is { } sums)
                {
                    var b = model.Draw(random);
                    model.Evaluate(b, local.Work, local.Work.RankB);
                    for (var f = 0; f < factors.Count; f++)
                    {
                        model.Evaluate(a.With(factors[f], b), local.Work, local.Work.RankAB[f]);
                    }

                    sums.Add(rankA, local.Work.RankB, local.Work.RankAB);
                }

                return local;
            },
            local =>
            {
                if (local.Sums is { } sums)
                {
                    lock (gate)
                    {
                        totals.Merge(sums);
                    }
                }
            });

        var intervals = new RankInterval[units];
        var column = new int[samples];
        for (var u = 0; u < units; u++)
        {
            var ranked = 0;
            for (var s = 0; s < samples; s++)
            {
                if (ranksA[(s * units) + u] is > 0 and var rank)
                {
                    column[ranked++] = rank;
                }
            }

            int? nominalRank = nominal.Scores[u].Rank is { } place ? place.Position : null;
            if (ranked == 0)
            {
                intervals[u] = new RankInterval(table.Units[u], nominalRank, 0, null, null, null);
                continue;
            }

            Array.Sort(column, 0, ranked);
            var sorted = column.AsSpan(0, ranked);
            intervals[u] = new RankInterval(table.Units[u], nominalRank, ranked, Quantile(sorted, 0.5), Quantile(sorted, 0.05), Quantile(sorted, 0.95));
        }

        var indices = sensitivity ? totals.FirstOrder(factors, NoRankVaries) : [];
        return new UncertaintyResult(analysis, index, intervals, indices);
    }

    /// <summary>R's type 7 quantile of sorted values: position (n − 1) · p, interpolated.</summary>
    private static double Quantile(ReadOnlySpan<int> sorted, double p)
    {
        var h = (sorted.Length - 1) * p;
        var below = (int)Math.Floor(h);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((h - below) * (sorted[above] - sorted[below]));
    }

    /// <summary>A sample's seed: SplitMix64 of the analysis's seed and the sample's number, folded to 32 bits.</summary>
    internal static int SeedOf(int seed, int sample)
    {
        var z = ((ulong)(uint)seed << 32) | (uint)sample;
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (int)(z ^ (z >> 32));
    }

    /// <summary>What every sample shares: normalised matrices per normalisation choice, nominal weights, the levels.</summary>
    private sealed class Model
    {
        private readonly UncertaintyAnalysis analysis;
        private readonly MultiLevelIndex index;
        private readonly double[][] matrices;
        private readonly double[] indicatorWeights;
        private readonly double[] dimensionWeights;
        private readonly int[] starts;

        public Model(UncertaintyAnalysis analysis, MultiLevelIndex index, IndicatorTable table)
        {
            this.analysis = analysis;
            this.index = index;
            Units = table.Units.Count;
            var choices = analysis.Normalisations.Count == 0 ? [null] : analysis.Normalisations.Cast<Normalisation?>().ToList();
            matrices = new double[choices.Count][];
            for (var c = 0; c < choices.Count; c++)
            {
                var (normalised, _, _) = index.Normalise(table, choices[c]);
                var matrix = new double[normalised.Length * Units];
                for (var i = 0; i < normalised.Length; i++)
                {
                    for (var u = 0; u < Units; u++)
                    {
                        matrix[(i * Units) + u] = normalised[i][u] is { } value ? (double)value : double.NaN;
                    }
                }

                matrices[c] = matrix;
            }

            indicatorWeights = [.. index.Indicators.Select(indicator => (double)indicator.Weight)];
            dimensionWeights = [.. index.Dimensions.Select(dimension => (double)dimension.Weight)];
            starts = new int[index.Dimensions.Count + 1];
            for (var d = 0; d < index.Dimensions.Count; d++)
            {
                starts[d + 1] = starts[d] + index.Dimensions[d].Indicators.Count;
            }
        }

        public int Units { get; }

        public int IndicatorCount => indicatorWeights.Length;

        public int DimensionCount => dimensionWeights.Length;

        public SampleChoices Draw(Random random)
        {
            var weights = new double[indicatorWeights.Length];
            for (var d = 0; d < DimensionCount; d++)
            {
                analysis.Weights.Draw(random, indicatorWeights.AsSpan(starts[d]..starts[d + 1]), weights.AsSpan(starts[d]..starts[d + 1]));
            }

            var dimensions = new double[dimensionWeights.Length];
            analysis.Weights.Draw(random, dimensionWeights, dimensions);
            var normalisation = matrices.Length > 1 ? random.Next(matrices.Length) : 0;
            var aggregation = analysis.Aggregations.Count > 1 ? random.Next(analysis.Aggregations.Count) : 0;
            return new SampleChoices(weights, dimensions, normalisation, aggregation);
        }

        public void Evaluate(SampleChoices draw, Workspace work, Span<int> ranks)
        {
            var matrix = matrices[draw.Normalisation];
            AggregationMethod? shared = analysis.Aggregations.Count == 0 ? null : analysis.Aggregations[draw.Aggregation];
            var composites = work.Composites;
            for (var u = 0; u < Units; u++)
            {
                var unitHasNoIndex = false;
                for (var d = 0; d < DimensionCount; d++)
                {
                    var count = starts[d + 1] - starts[d];
                    var values = work.Values.AsSpan(0, count);
                    for (var i = 0; i < count; i++)
                    {
                        values[i] = matrix[((starts[d] + i) * Units) + u];
                    }

                    work.DimensionScores[d] = LevelAggregation.Aggregate(
                        shared ?? index.Dimensions[d].Aggregation, values, draw.IndicatorWeights.AsSpan(starts[d]..starts[d + 1]), out var nonPositive);
                    unitHasNoIndex |= nonPositive;
                }

                composites[u] = unitHasNoIndex
                    ? double.NaN
                    : LevelAggregation.Aggregate(shared ?? index.Aggregation, work.DimensionScores, draw.DimensionWeights, out _);
            }

            Rank(composites, work, ranks);
        }

        /// <summary>Standard competition ranks ("1224"), higher first; 0 for a unit without an index.</summary>
        private static void Rank(double[] composites, Workspace work, Span<int> ranks)
        {
            var keys = work.Keys;
            var order = work.Order;
            var count = 0;
            for (var u = 0; u < composites.Length; u++)
            {
                ranks[u] = 0;
                if (!double.IsNaN(composites[u]))
                {
                    keys[count] = -composites[u];
                    order[count] = u;
                    count++;
                }
            }

            Array.Sort(keys, order, 0, count);
            var rank = 0;
            for (var p = 0; p < count; p++)
            {
                if (p == 0 || keys[p] != keys[p - 1])
                {
                    rank = p + 1;
                }

                ranks[order[p]] = rank;
            }
        }
    }

    /// <summary>One sample's choices.</summary>
    private sealed record SampleChoices(double[] IndicatorWeights, double[] DimensionWeights, int Normalisation, int Aggregation)
    {
        /// <summary>These choices with one factor taken from <paramref name="other"/> (Saltelli's A with column i from B).</summary>
        public SampleChoices With(UncertainFactor factor, SampleChoices other) => factor switch
        {
            UncertainFactor.Weights => this with { IndicatorWeights = other.IndicatorWeights, DimensionWeights = other.DimensionWeights },
            UncertainFactor.Normalisation => this with { Normalisation = other.Normalisation },
            _ => this with { Aggregation = other.Aggregation },
        };
    }

    /// <summary>One thread's scratch buffers.</summary>
    private sealed class Workspace(Model model)
    {
        public double[] Composites { get; } = new double[model.Units];

        public double[] Keys { get; } = new double[model.Units];

        public int[] Order { get; } = new int[model.Units];

        public double[] Values { get; } = new double[Math.Max(1, model.IndicatorCount)];

        public double[] DimensionScores { get; } = new double[model.DimensionCount];

        public int[] RankB { get; } = new int[model.Units];

        public int[][] RankAB { get; } = [.. Enumerable.Range(0, 3).Select(_ => new int[model.Units])];
    }

    /// <summary>Exact integer sums per unit for the first-order estimator.</summary>
    private sealed class Sums(int units, int factors)
    {
        private readonly long[] count = new long[units];
        private readonly long[] sum = new long[units];
        private readonly long[] sumOfSquares = new long[units];
        private readonly long[][] products = [.. Enumerable.Range(0, factors).Select(_ => new long[units])];

        public void Add(ReadOnlySpan<int> a, ReadOnlySpan<int> b, int[][] ab)
        {
            for (var u = 0; u < a.Length; u++)
            {
                var complete = a[u] > 0 && b[u] > 0;
                for (var f = 0; f < products.Length; f++)
                {
                    complete &= ab[f][u] > 0;
                }

                if (!complete)
                {
                    continue;
                }

                count[u]++;
                sum[u] += a[u] + b[u];
                sumOfSquares[u] += ((long)a[u] * a[u]) + ((long)b[u] * b[u]);
                for (var f = 0; f < products.Length; f++)
                {
                    products[f][u] += (long)b[u] * (ab[f][u] - a[u]);
                }
            }
        }

        public void Merge(Sums other)
        {
            for (var u = 0; u < count.Length; u++)
            {
                count[u] += other.count[u];
                sum[u] += other.sum[u];
                sumOfSquares[u] += other.sumOfSquares[u];
                for (var f = 0; f < products.Length; f++)
                {
                    products[f][u] += other.products[f][u];
                }
            }
        }

        public SensitivityIndex[] FirstOrder(IReadOnlyList<UncertainFactor> factors, LocalizedText noVariance)
        {
            var totalVariance = 0d;
            var partial = new double[factors.Count];
            for (var u = 0; u < count.Length; u++)
            {
                if (count[u] == 0)
                {
                    continue;
                }

                // Over the 2n ranks of A and B: Var = (Σf² − (Σf)² / 2n) / 2n; Vᵢ = Σ f(B)(f(Aᵢ_B) − f(A)) / n.
                var n2 = 2d * count[u];
                totalVariance += (sumOfSquares[u] - ((double)sum[u] * sum[u] / n2)) / n2;
                for (var f = 0; f < factors.Count; f++)
                {
                    partial[f] += (double)products[f][u] / count[u];
                }
            }

            return [.. factors.Select((factor, f) => new SensitivityIndex(
                factor, totalVariance > 0d ? AuditFigure.Of(partial[f] / totalVariance) : AuditFigure.NotMeaningful(noVariance)))];
        }
    }
}
