using De06Metrics.Composite;

namespace De06Metrics.Serialization;

/// <summary>The words of the composite index format, shared by its reader and writer.</summary>
internal static class IndexWords
{
    public static readonly IReadOnlyList<(string Word, AggregationMethod Method)> Aggregations =
    [
        ("arithmetic", AggregationMethod.WeightedArithmeticMean),
        ("geometric", AggregationMethod.WeightedGeometricMean),
        ("harmonic", AggregationMethod.WeightedHarmonicMean),
        ("copeland", AggregationMethod.Copeland),
    ];

    public static readonly IReadOnlyList<(string Word, NormalisationMethod Method)> Normalisations =
    [
        ("minMax", NormalisationMethod.MinMax),
        ("zScore", NormalisationMethod.ZScore),
        ("distanceToTarget", NormalisationMethod.DistanceToTarget),
        ("percentileRank", NormalisationMethod.PercentileRank),
    ];

    public static readonly IReadOnlyList<(string Word, OutlierTreatmentMethod Method)> Treatments =
    [
        ("winsorise", OutlierTreatmentMethod.Winsorise),
        ("log", OutlierTreatmentMethod.Log),
    ];

    public static readonly IReadOnlyList<(string Word, WeightPerturbationMethod Method)> WeightPerturbations =
    [
        ("none", WeightPerturbationMethod.None),
        ("uniformRange", WeightPerturbationMethod.UniformRange),
        ("dirichlet", WeightPerturbationMethod.Dirichlet),
    ];

    public static string Word<T>(IReadOnlyList<(string Word, T Value)> words, T value)
        where T : struct, Enum
    {
        foreach (var (word, known) in words)
        {
            if (EqualityComparer<T>.Default.Equals(known, value))
            {
                return word;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, $"{typeof(T).Name} {value} has no word in the index format.");
    }

    public static T? Parse<T>(IReadOnlyList<(string Word, T Value)> words, string word)
        where T : struct, Enum
    {
        foreach (var (known, value) in words)
        {
            if (string.Equals(known, word, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }

    public static string List<T>(IReadOnlyList<(string Word, T Value)> words) => string.Join(", ", words.Select(pair => pair.Word));
}
