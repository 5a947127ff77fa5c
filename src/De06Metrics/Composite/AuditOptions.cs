using System.Globalization;

namespace De06Metrics.Composite;

/// <summary>
/// The thresholds of an <see cref="IndexAudit"/>'s flags. The defaults are COINr's: collinearity above |r| = 0,9
/// (<c>get_corr_flags(thresh_high = 0.9)</c>) and skewed or heavy-tailed when |skewness| &gt; 2 and kurtosis &gt; 3,5
/// (<c>check_SkewKurt</c>).
/// </summary>
/// <remarks>Thresholds are <see cref="double"/> because they are compared with statistics computed in double. Immutable and thread-safe.</remarks>
public sealed class AuditOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="collinearity">The |r| above which two indicators are flagged as collinear; in (0, 1].</param>
    /// <param name="skewness">The |skewness| above which, with the kurtosis, an indicator is flagged; positive.</param>
    /// <param name="kurtosis">The excess kurtosis above which, with the skewness, an indicator is flagged.</param>
    /// <exception cref="ArgumentOutOfRangeException">A threshold is out of its range or not finite.</exception>
    public AuditOptions(double collinearity = 0.9, double skewness = 2.0, double kurtosis = 3.5)
    {
        if (!(collinearity > 0d && collinearity <= 1d))
        {
            throw new ArgumentOutOfRangeException(nameof(collinearity), collinearity,
                string.Create(CultureInfo.InvariantCulture, $"The collinearity threshold is an |r| in (0, 1]; {collinearity} was given."));
        }

        if (!(skewness > 0d) || !double.IsFinite(skewness))
        {
            throw new ArgumentOutOfRangeException(nameof(skewness), skewness,
                string.Create(CultureInfo.InvariantCulture, $"The skewness threshold must be positive and finite; {skewness} was given."));
        }

        if (!double.IsFinite(kurtosis))
        {
            throw new ArgumentOutOfRangeException(nameof(kurtosis), kurtosis,
                string.Create(CultureInfo.InvariantCulture, $"The kurtosis threshold must be finite; {kurtosis} was given."));
        }

        Collinearity = collinearity;
        Skewness = skewness;
        Kurtosis = kurtosis;
    }

    /// <summary>COINr's thresholds: 0,9, 2 and 3,5.</summary>
    public static AuditOptions Default { get; } = new();

    /// <summary>The |r| above which two indicators are flagged as collinear.</summary>
    public double Collinearity { get; }

    /// <summary>The |skewness| above which (with <see cref="Kurtosis"/>) an indicator is flagged.</summary>
    public double Skewness { get; }

    /// <summary>The excess kurtosis above which (with <see cref="Skewness"/>) an indicator is flagged.</summary>
    public double Kurtosis { get; }
}
