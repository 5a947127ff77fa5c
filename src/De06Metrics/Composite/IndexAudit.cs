using System.Collections.ObjectModel;
using System.Text;
using De06Metrics.Text;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Statistics;

namespace De06Metrics.Composite;

/// <summary>
/// The statistical audit of a <see cref="MultiLevelIndex"/> on a table (JRC-COIN ten-step guide, step 4; COINr's
/// <c>get_corr</c>, <c>get_cronbach</c>, <c>get_PCA</c>, <c>check_SkewKurt</c>): Pearson and Spearman correlations
/// over indicators, dimensions and index; Cronbach's alpha per dimension; the principal components of the indicators;
/// each indicator's skewness and kurtosis; and flags.
/// </summary>
/// <remarks>
/// <para>
/// Everything here is computed in <see cref="double"/> by MathNet.Numerics: these are statistics about the data, not
/// published values, and the index values they read (normalised values, dimension scores, the index) are converted
/// from the <see cref="decimal"/> results of <see cref="MultiLevelIndex.Compute"/>. Correlations, alpha and principal
/// components read the normalised values (polarity already applied, after any outlier treatment); skewness and
/// kurtosis read the raw values as in the table, before any treatment, where outliers are found.
/// </para>
/// <para>
/// A figure that cannot be computed is an <see cref="AuditFigure"/> with its reason — a constant indicator, too few
/// units, a dimension of one indicator — never NaN. The audit only flags: it changes no value. An outlier treatment
/// (winsorising, a log) is the user's explicit choice on a <see cref="LevelIndicator"/>; the audit lists every value
/// it changed (<see cref="Treatments"/>).
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class IndexAudit
{
    private const int MinimumPairs = 3;

    private IndexAudit(
        MultiLevelIndex index,
        CorrelationMatrix pearson,
        CorrelationMatrix spearman,
        AuditFigure[] alpha,
        PrincipalComponents components,
        AuditFigure[] skewness,
        AuditFigure[] kurtosis,
        List<AuditFlag> flags,
        IReadOnlyList<TreatedValue> treatments)
    {
        Treatments = treatments;
        Index = index;
        Pearson = pearson;
        Spearman = spearman;
        CronbachAlpha = Array.AsReadOnly(alpha);
        PrincipalComponents = components;
        Skewness = Array.AsReadOnly(skewness);
        Kurtosis = Array.AsReadOnly(kurtosis);
        Flags = new ReadOnlyCollection<AuditFlag>(flags);
    }

    /// <summary>The index audited.</summary>
    public MultiLevelIndex Index { get; }

    /// <summary>Pearson correlations of indicators, dimensions and index (see <see cref="CorrelationMatrix.Labels"/>).</summary>
    public CorrelationMatrix Pearson { get; }

    /// <summary>Spearman rank correlations of indicators, dimensions and index.</summary>
    public CorrelationMatrix Spearman { get; }

    /// <summary>
    /// Cronbach's alpha of each dimension, in the index's order: k/(k − 1) · (1 − Σ sᵢ² / s²ₜ) over the normalised values
    /// of the units that have every indicator of the dimension (sample variances, n − 1). Not meaningful for a dimension
    /// of one indicator, with fewer than two such units, or when the sum does not vary.
    /// </summary>
    public IReadOnlyList<AuditFigure> CronbachAlpha { get; }

    /// <summary>The principal components of the indicators' correlation matrix.</summary>
    public PrincipalComponents PrincipalComponents { get; }

    /// <summary>
    /// Each indicator's sample skewness of its raw values (MathNet <c>Statistics.Skewness</c>, Excel's <c>SKEW</c>);
    /// not meaningful with fewer than three values or a constant indicator.
    /// </summary>
    public IReadOnlyList<AuditFigure> Skewness { get; }

    /// <summary>
    /// Each indicator's sample excess kurtosis of its raw values (MathNet <c>Statistics.Kurtosis</c>, Excel's
    /// <c>KURT</c>); not meaningful with fewer than four values or a constant indicator.
    /// </summary>
    public IReadOnlyList<AuditFigure> Kurtosis { get; }

    /// <summary>The raw values the indicators' outlier treatments changed (see <see cref="MultiLevelResult.Treatments"/>).</summary>
    public IReadOnlyList<TreatedValue> Treatments { get; }

    /// <summary>The flags: collinear pairs, indicators against their dimension, skewed or heavy-tailed indicators.</summary>
    public IReadOnlyList<AuditFlag> Flags { get; }

    /// <summary>
    /// Says the audit: one line per dimension's alpha, one for the principal components, one per flag, then the values
    /// changed by outlier treatments, one line each.
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The text, lines separated by <c>\n</c>.</returns>
    public string Describe(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var text = new StringBuilder(language.Format(Phrase.AuditHeading, Index.Name.In(language)));
        for (var d = 0; d < Index.Dimensions.Count; d++)
        {
            text.Append("\n  - ").Append(language.Format(Phrase.AuditAlpha, Index.Dimensions[d].Code, CronbachAlpha[d].ToString(language)));
        }

        text.Append("\n  - ");
        if (PrincipalComponents.IsMeaningful)
        {
            var aboveOne = PrincipalComponents.Eigenvalues.Count(value => value > 1d);
            text.Append(language.Format(
                Phrase.AuditPrincipalComponents,
                Display.Percent((decimal)Math.Round(PrincipalComponents.ExplainedShares[0], 4), language),
                language.FormatNumber((decimal)Math.Round(PrincipalComponents.Eigenvalues[0], 3), 3),
                aboveOne));
        }
        else
        {
            text.Append(language.Format(Phrase.AuditPrincipalComponentsNotMeaningful, PrincipalComponents.Reason!.Value.In(language)));
        }

        foreach (var flag in Flags)
        {
            text.Append("\n  - ").Append(flag.Describe(language));
        }

        if (Treatments.Count > 0)
        {
            text.Append('\n').Append(language.Format(Phrase.OutlierTreatedHeading, Treatments.Count));
            foreach (var treated in Treatments)
            {
                text.Append("\n  - ").Append(treated.Describe(language));
            }
        }

        return text.ToString();
    }

    /// <summary>Returns the audit in English.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Describe(Language.English);

    internal static IndexAudit Compute(MultiLevelIndex index, IndicatorTable table, AuditOptions options)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(options);
        var result = index.Compute(table);
        var indicatorCount = index.Indicators.Count;
        var dimensionCount = index.Dimensions.Count;
        var size = indicatorCount + dimensionCount + 1;
        var units = table.Units.Count;
        var columns = new double[size][];
        for (var c = 0; c < size; c++)
        {
            columns[c] = new double[units];
        }

        for (var row = 0; row < units; row++)
        {
            var score = result.Scores[row];
            for (var i = 0; i < indicatorCount; i++)
            {
                columns[i][row] = ToDouble(score.NormalisedValues[i]);
            }

            for (var d = 0; d < dimensionCount; d++)
            {
                columns[indicatorCount + d][row] = ToDouble(score.DimensionScores[d]);
            }

            columns[size - 1][row] = ToDouble(score.Value);
        }

        var codes = index.Indicators.Select(indicator => indicator.Code.ToString()).ToList();
        var labels = codes.Select(code => new LocalizedText(code))
            .Concat(index.Dimensions.Select(dimension => new LocalizedText(dimension.Code)))
            .Append(index.Name)
            .ToList();
        // An indicator that could not be normalised (a constant one, under min-max) has no values to correlate: its
        // entries give the normalisation's reason rather than a count of zero pairs.
        var unusable = new LocalizedText?[size];
        for (var i = 0; i < indicatorCount; i++)
        {
            if (result.Statistics[i].Why is { } why)
            {
                var code = codes[i];
                unusable[i] = new LocalizedText(language => language.Format(Phrase.AuditNotNormalised, code, why.In(language)));
            }
        }

        var pearson = Correlations(CorrelationMethod.Pearson, columns, labels, unusable);
        var spearman = Correlations(CorrelationMethod.Spearman, columns, labels, unusable);

        var alpha = new AuditFigure[dimensionCount];
        var first = 0;
        for (var d = 0; d < dimensionCount; d++)
        {
            var count = index.Dimensions[d].Indicators.Count;
            alpha[d] = Alpha(index.Dimensions[d].Code, columns.AsSpan(first, count));
            first += count;
        }

        var firstUnusable = Array.FindIndex(unusable, 0, indicatorCount, reason => reason is not null);
        var components = firstUnusable >= 0
            ? new PrincipalComponents(codes, 0, [], [], unusable[firstUnusable])
            : Components(codes, columns.AsSpan(0, indicatorCount));

        var skewness = new AuditFigure[indicatorCount];
        var kurtosis = new AuditFigure[indicatorCount];
        var flags = new List<AuditFlag>();
        for (var i = 0; i < indicatorCount; i++)
        {
            var column = table.ColumnOf(index.Indicators[i].Code);
            var raw = new List<double>();
            for (var row = 0; row < units; row++)
            {
                if (table.Cell(row, column) is { } value)
                {
                    raw.Add((double)value);
                }
            }

            (skewness[i], kurtosis[i]) = Shape(index.Indicators[i], raw);
        }

        for (var i = 0; i < indicatorCount; i++)
        {
            for (var j = i + 1; j < indicatorCount; j++)
            {
                if (pearson[i, j].Value is { } r && Math.Abs(r) > options.Collinearity)
                {
                    flags.Add(new AuditFlag(AuditFlagKind.CollinearPair, [codes[i], codes[j]], r, null, options));
                }
            }
        }

        for (var i = 0; i < indicatorCount; i++)
        {
            var dimension = index.DimensionOf[i];
            if (pearson[i, indicatorCount + dimension].Value is { } r && r < 0d)
            {
                flags.Add(new AuditFlag(AuditFlagKind.NegativeWithinDimension, [codes[i], index.Dimensions[dimension].Code], r, null, options));
            }
        }

        for (var i = 0; i < indicatorCount; i++)
        {
            if (skewness[i].Value is { } s && kurtosis[i].Value is { } k && Math.Abs(s) > options.Skewness && k > options.Kurtosis)
            {
                flags.Add(new AuditFlag(AuditFlagKind.SkewedOrHeavyTailed, [codes[i]], s, k, options));
            }
        }

        return new IndexAudit(index, pearson, spearman, alpha, components, skewness, kurtosis, flags, result.Treatments);
    }

    private static double ToDouble(decimal? value) => value is { } v ? (double)v : double.NaN;

    private static CorrelationMatrix Correlations(CorrelationMethod method, double[][] columns, List<LocalizedText> labels, LocalizedText?[] unusable)
    {
        var size = columns.Length;
        var entries = new AuditFigure[size * size];
        for (var a = 0; a < size; a++)
        {
            for (var b = a; b < size; b++)
            {
                var figure = (unusable[a] ?? unusable[b]) is { } reason
                    ? AuditFigure.NotMeaningful(reason)
                    : Correlation(method, columns[a], columns[b], labels[a], labels[b]);
                entries[(a * size) + b] = figure;
                entries[(b * size) + a] = figure;
            }
        }

        return new CorrelationMatrix(method, labels, entries);
    }

    private static AuditFigure Correlation(CorrelationMethod method, double[] x, double[] y, LocalizedText xLabel, LocalizedText yLabel)
    {
        var xs = new List<double>(x.Length);
        var ys = new List<double>(x.Length);
        for (var row = 0; row < x.Length; row++)
        {
            if (!double.IsNaN(x[row]) && !double.IsNaN(y[row]))
            {
                xs.Add(x[row]);
                ys.Add(y[row]);
            }
        }

        if (xs.Count < MinimumPairs)
        {
            var pairs = xs.Count;
            return AuditFigure.NotMeaningful(new LocalizedText(language => language.Format(Phrase.AuditTooFewPairs, pairs, MinimumPairs)));
        }

        if (IsConstant(xs) || IsConstant(ys))
        {
            var constant = IsConstant(xs) ? xLabel : yLabel;
            return AuditFigure.NotMeaningful(new LocalizedText(language => language.Format(Phrase.AuditConstant, constant.In(language))));
        }

        return AuditFigure.Of(method == CorrelationMethod.Pearson ? MathNet.Numerics.Statistics.Correlation.Pearson(xs, ys) : MathNet.Numerics.Statistics.Correlation.Spearman(xs, ys));
    }

    private static bool IsConstant(List<double> values) => values.TrueForAll(value => value == values[0]);

    private static AuditFigure Alpha(string code, ReadOnlySpan<double[]> columns)
    {
        var k = columns.Length;
        if (k < 2)
        {
            return AuditFigure.NotMeaningful(new LocalizedText(language => language.Format(Phrase.AuditAlphaOneIndicator, code)));
        }

        var rows = CompleteRows(columns);
        if (rows.Count < 2)
        {
            var count = rows.Count;
            return AuditFigure.NotMeaningful(new LocalizedText(language => language.Format(Phrase.AuditAlphaTooFewUnits, count)));
        }

        var itemVariances = 0d;
        foreach (var column in columns)
        {
            itemVariances += Statistics.Variance(rows.Select(row => column[row]));
        }

        var totals = new double[rows.Count];
        for (var r = 0; r < rows.Count; r++)
        {
            foreach (var column in columns)
            {
                totals[r] += column[rows[r]];
            }
        }

        var totalVariance = Statistics.Variance(totals);
        if (totalVariance == 0d)
        {
            return AuditFigure.NotMeaningful(new LocalizedText(Phrase.AuditAlphaNoVariance));
        }

        return AuditFigure.Of(k / (k - 1d) * (1d - (itemVariances / totalVariance)));
    }

    private static List<int> CompleteRows(ReadOnlySpan<double[]> columns)
    {
        var rows = new List<int>();
        var units = columns[0].Length;
        for (var row = 0; row < units; row++)
        {
            var complete = true;
            foreach (var column in columns)
            {
                complete &= !double.IsNaN(column[row]);
            }

            if (complete)
            {
                rows.Add(row);
            }
        }

        return rows;
    }

    private static PrincipalComponents Components(List<string> codes, ReadOnlySpan<double[]> columns)
    {
        var k = columns.Length;
        var rows = CompleteRows(columns);
        var n = rows.Count;
        if (n <= k)
        {
            return new PrincipalComponents(codes, n, [], [], new LocalizedText(language => language.Format(Phrase.AuditPcaTooFewUnits, n, k)));
        }

        var data = new double[k][];
        for (var i = 0; i < k; i++)
        {
            var column = columns[i];
            data[i] = [.. rows.Select(row => column[row])];
            if (data[i].All(value => value == data[i][0]))
            {
                var code = codes[i];
                return new PrincipalComponents(codes, n, [], [], new LocalizedText(language => language.Format(Phrase.AuditPcaConstant, code)));
            }
        }

        var correlation = Matrix<double>.Build.DenseOfArray(MathNet.Numerics.Statistics.Correlation.PearsonMatrix(data).ToArray());
        var evd = correlation.Evd(Symmetricity.Symmetric);
        var order = Enumerable.Range(0, k).OrderByDescending(c => evd.EigenValues[c].Real).ToArray();
        var eigenvalues = new double[k];
        var loadings = new double[k * k];
        for (var c = 0; c < k; c++)
        {
            eigenvalues[c] = evd.EigenValues[order[c]].Real;
            var vector = evd.EigenVectors.Column(order[c]);
            var largest = vector.AbsoluteMaximumIndex();
            var sign = vector[largest] < 0d ? -1d : 1d;
            for (var i = 0; i < k; i++)
            {
                loadings[(c * k) + i] = sign * vector[i];
            }
        }

        return new PrincipalComponents(codes, n, eigenvalues, loadings, null);
    }

    private static (AuditFigure Skewness, AuditFigure Kurtosis) Shape(LevelIndicator indicator, List<double> values)
    {
        if (values.Count > 0 && values.TrueForAll(value => value == values[0]))
        {
            var constant = new LocalizedText(language => language.Format(Phrase.AuditShapeConstant, indicator.Code));
            return (AuditFigure.NotMeaningful(constant), AuditFigure.NotMeaningful(constant));
        }

        var count = values.Count;
        var skewness = count < 3
            ? AuditFigure.NotMeaningful(new LocalizedText(language => language.Format(Phrase.AuditSkewnessTooFew, count)))
            : AuditFigure.Of(Statistics.Skewness(values));
        var kurtosis = count < 4
            ? AuditFigure.NotMeaningful(new LocalizedText(language => language.Format(Phrase.AuditKurtosisTooFew, count)))
            : AuditFigure.Of(Statistics.Kurtosis(values));
        return (skewness, kurtosis);
    }
}
