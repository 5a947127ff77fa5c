namespace De06Metrics.Composite;

/// <summary>Which correlation an <see cref="CorrelationMatrix"/> holds (COINr <c>get_corr(cortype = …)</c>).</summary>
public enum CorrelationMethod
{
    /// <summary>Pearson's product-moment correlation of the values (MathNet <c>Correlation.Pearson</c>).</summary>
    Pearson = 0,

    /// <summary>Spearman's rank correlation: Pearson's of the ranks, ties sharing their average rank (MathNet <c>Correlation.Spearman</c>).</summary>
    Spearman = 1,
}
