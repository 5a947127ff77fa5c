using System.Globalization;

namespace De06Metrics.Evaluation;

/// <summary>
/// How a value is judged against its target: the tolerance within which a target counts as met, and the band scheme
/// (traffic lights, status score, OKR grade) to classify the result with, if any.
/// </summary>
/// <remarks>Immutable and thread-safe; <see cref="Default"/> has no tolerance and no band scheme.</remarks>
public sealed class EvaluationOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="tolerance">
    /// How far on the wrong side of a target still counts as met, and how far beyond it is still only met rather than
    /// exceeded, in the measure's own difference unit (percentage points for a rate); not negative.
    /// </param>
    /// <param name="bands">The band scheme to classify results with, or <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tolerance"/> is negative.</exception>
    public EvaluationOptions(decimal tolerance = 0m, BandScheme? bands = null)
    {
        EnsureTolerance(tolerance, nameof(tolerance));
        Tolerance = tolerance;
        Bands = bands;
    }

    /// <summary>No tolerance, no band scheme.</summary>
    public static EvaluationOptions Default { get; } = new();

    /// <summary>The tolerance in the measure's own difference unit; zero by default.</summary>
    public decimal Tolerance { get; }

    /// <summary>The band scheme results are classified with, if any.</summary>
    public BandScheme? Bands { get; }

    internal static void EnsureTolerance(decimal tolerance, string paramName)
    {
        if (tolerance < 0m)
        {
            throw new ArgumentOutOfRangeException(paramName, tolerance,
                string.Create(CultureInfo.InvariantCulture, $"A tolerance cannot be negative; {tolerance} was given."));
        }
    }
}
