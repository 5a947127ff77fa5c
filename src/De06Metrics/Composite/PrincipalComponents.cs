using System.Collections.ObjectModel;
using De06Metrics.Text;

namespace De06Metrics.Composite;

/// <summary>
/// The principal components of the indicators' Pearson correlation matrix (COINr <c>get_PCA</c>, R's
/// <c>prcomp(scale. = TRUE)</c>): eigenvalues from the largest, the share of the variance each explains, and the
/// loadings; or why they are not meaningful.
/// </summary>
/// <remarks>
/// <para>
/// Computed in <see cref="double"/> by MathNet.Numerics' symmetric eigen decomposition over the units that have every
/// indicator (complete cases): a correlation matrix needs the same units in every entry. The eigenvalues of a
/// correlation matrix sum to the number of indicators, so a share is λ / k. Nothing is rounded or clamped: an
/// eigenvalue that is 0 in exact arithmetic may come out as ±1e−16.
/// </para>
/// <para>
/// An eigenvector's sign is arbitrary (R and MathNet may disagree); here each is turned so that its entry of largest
/// magnitude is positive. Not meaningful when there are not more complete units than indicators, or when an indicator
/// is constant over them. Immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class PrincipalComponents
{
    private readonly double[] loadings;

    internal PrincipalComponents(IReadOnlyList<string> codes, int unitsUsed, double[] eigenvalues, double[] loadings, LocalizedText? reason)
    {
        Codes = new ReadOnlyCollection<string>([.. codes]);
        UnitsUsed = unitsUsed;
        Eigenvalues = Array.AsReadOnly(eigenvalues);
        ExplainedShares = Array.AsReadOnly(eigenvalues.Select(value => value / codes.Count).ToArray());
        this.loadings = loadings;
        Reason = reason;
    }

    /// <summary>The indicators, in <see cref="MultiLevelIndex.Indicators"/> order.</summary>
    public IReadOnlyList<string> Codes { get; }

    /// <summary>How many units have every indicator and entered the correlation matrix.</summary>
    public int UnitsUsed { get; }

    /// <summary>Whether the components could be computed.</summary>
    public bool IsMeaningful => Reason is null;

    /// <summary>Why the components are not meaningful, or <see langword="null"/>.</summary>
    public LocalizedText? Reason { get; }

    /// <summary>The eigenvalues, largest first; empty when not meaningful.</summary>
    public IReadOnlyList<double> Eigenvalues { get; }

    /// <summary>Each eigenvalue's share of the total variance (λ / number of indicators), 0 to 1.</summary>
    public IReadOnlyList<double> ExplainedShares { get; }

    /// <summary>The loading of an indicator on a component: the entry of the unit-length eigenvector.</summary>
    /// <param name="component">The component, 0 for the largest eigenvalue.</param>
    /// <param name="indicator">The indicator's position in <see cref="Codes"/>.</param>
    /// <returns>The loading.</returns>
    /// <exception cref="InvalidOperationException">The components are not meaningful.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A position is out of range.</exception>
    public double Loading(int component, int indicator)
    {
        if (!IsMeaningful)
        {
            throw new InvalidOperationException($"The principal components are not meaningful: {Reason!.Value.In(Language.English)}.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(component);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(component, Eigenvalues.Count);
        ArgumentOutOfRangeException.ThrowIfNegative(indicator);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(indicator, Codes.Count);
        return loadings[(component * Codes.Count) + indicator];
    }
}
