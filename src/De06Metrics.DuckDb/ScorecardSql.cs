using System.Globalization;

namespace De06Metrics.DuckDb;

/// <summary>
/// Writes the SQL that reads observations and targets from Parquet or CSV files in the library's columns, and that
/// evaluates every target against its observation with the functions of <see cref="SqlFunctions"/>. DuckDB streams
/// the files, so the same rules run over data larger than memory.
/// </summary>
/// <remarks>
/// <para>
/// The columns are those of the CSV folder (see the data format): observations <c>indicator</c>, <c>unit</c>,
/// <c>period</c>, <c>value</c>; targets <c>indicator</c>, <c>unit</c>, <c>period</c>, <c>goal</c> (<c>atLeast</c>,
/// <c>atMost</c>, <c>between</c>, <c>exactly</c>, <c>yes</c>, <c>no</c>), <c>value</c>, <c>high</c>, <c>tolerance</c>.
/// Other columns are ignored. Values are read as <c>DECIMAL(38,18)</c>; identifiers and periods as text, compared
/// exactly (the period labels of both files must be written alike, <c>2024-Q1</c>).
/// </para>
/// <para>
/// What stays with the library: an observation given only as a numerator and a denominator has an empty
/// <c>value</c> and is read as no data (write its value, or compute it in SQL, first); money at a declared scale is
/// not multiplied out; rows are not validated against indicators and units as a scorecard validates them. A path
/// may be a glob (<c>'data/*.parquet'</c>), which DuckDB reads as one table.
/// </para>
/// </remarks>
public static class ScorecardSql
{
    /// <summary>
    /// A relation of observations (<c>indicator</c>, <c>unit</c>, <c>period</c>, <c>value</c>) read from a Parquet file
    /// (<c>.parquet</c>) or a CSV file (any other name), to put after <c>FROM</c>.
    /// </summary>
    /// <param name="path">The file, or a glob of files.</param>
    /// <param name="decimalComma">For CSV: whether numbers are written with a decimal comma (<c>88,8</c>).</param>
    /// <returns>The relation, a parenthesised <c>SELECT</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    public static string Observations(string path, bool decimalComma = false) =>
        Relation(path, decimalComma, ["indicator", "unit", "period"], ["value"]);

    /// <summary>
    /// A relation of targets (<c>indicator</c>, <c>unit</c>, <c>period</c>, <c>goal</c>, <c>value</c>, <c>high</c>,
    /// <c>tolerance</c>) read from a Parquet or CSV file, to put after <c>FROM</c>.
    /// </summary>
    /// <param name="path">The file, or a glob of files.</param>
    /// <param name="decimalComma">For CSV: whether numbers are written with a decimal comma.</param>
    /// <returns>The relation, a parenthesised <c>SELECT</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <remarks>The Parquet file must have the columns <c>high</c> and <c>tolerance</c> (empty where a goal has none).</remarks>
    public static string Targets(string path, bool decimalComma = false) =>
        Relation(path, decimalComma, ["indicator", "unit", "period", "goal"], ["value", "high", "tolerance"]);

    /// <summary>
    /// A query that evaluates every target against the observation of its indicator, unit and period: columns
    /// <c>indicator</c>, <c>unit</c>, <c>period</c>, <c>goal</c>, <c>target</c>, <c>high</c>, <c>actual</c>,
    /// <c>margin</c>, <c>status</c>, <c>attainment</c>, <c>attainment_reason</c>.
    /// </summary>
    /// <param name="observations">A relation of observations (<see cref="Observations"/>, or a table's name).</param>
    /// <param name="targets">A relation of targets (<see cref="Targets"/>, or a table's name).</param>
    /// <param name="statusTolerance">The tolerance for "met", in the measure's own unit, as <c>EvaluationOptions</c> takes it; not negative.</param>
    /// <returns>The <c>SELECT</c>, which <see cref="SqlFunctions.Register"/> must have prepared the connection for.</returns>
    /// <exception cref="ArgumentException">A relation is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="statusTolerance"/> is negative.</exception>
    /// <remarks>
    /// Each target is one row (a target without its observation has the status <c>noData</c>); an observation without
    /// a target is not listed. A goal word is read ignoring case, spaces, <c>-</c> and <c>_</c>; an unknown word has
    /// the status <c>NULL</c>. An exact goal is the band value ± its <c>tolerance</c>; a yes/no goal is met by 1
    /// (yes) or 0 (no) and has no margin or attainment. Two observations for one target give two rows: keep one per
    /// key, as a scorecard does.
    /// </remarks>
    public static string EvaluateAgainstTargets(string observations, string targets, decimal statusTolerance = 0m)
    {
        Required(observations, nameof(observations));
        Required(targets, nameof(targets));
        if (statusTolerance < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(statusTolerance), statusTolerance,
                string.Create(CultureInfo.InvariantCulture, $"A tolerance must not be negative; {statusTolerance} was given."));
        }

        var tolerance = string.Create(CultureInfo.InvariantCulture, $"CAST({statusTolerance} AS DECIMAL(38,18))");
        const string Kind = "lower(replace(replace(replace(t.goal, '_', ''), '-', ''), ' ', ''))";
        return $"""
            SELECT t.indicator, t.unit, t.period, t.goal, t.value AS target, t.high, o.value AS actual,
                CASE {Kind}
                    WHEN 'atleast' THEN {SqlFunctions.Margin}(o.value, t.value, 'higherIsBetter')
                    WHEN 'atmost' THEN {SqlFunctions.Margin}(o.value, t.value, 'lowerIsBetter')
                    WHEN 'between' THEN {SqlFunctions.BandMargin}(o.value, t.value, t.high)
                    WHEN 'exactly' THEN {SqlFunctions.BandMargin}(o.value, t.value - coalesce(t.tolerance, 0), t.value + coalesce(t.tolerance, 0))
                END AS margin,
                CASE {Kind}
                    WHEN 'atleast' THEN {SqlFunctions.Status}(o.value, t.value, 'higherIsBetter', {tolerance})
                    WHEN 'atmost' THEN {SqlFunctions.Status}(o.value, t.value, 'lowerIsBetter', {tolerance})
                    WHEN 'between' THEN {SqlFunctions.BandStatus}(o.value, t.value, t.high, {tolerance})
                    WHEN 'exactly' THEN {SqlFunctions.BandStatus}(o.value, t.value - coalesce(t.tolerance, 0), t.value + coalesce(t.tolerance, 0), {tolerance})
                    WHEN 'yes' THEN CASE WHEN o.value IS NULL THEN 'noData' WHEN o.value = 1 THEN 'met' ELSE 'notMet' END
                    WHEN 'no' THEN CASE WHEN o.value IS NULL THEN 'noData' WHEN o.value = 0 THEN 'met' ELSE 'notMet' END
                END AS status,
                CASE {Kind}
                    WHEN 'atleast' THEN {SqlFunctions.Attainment}(o.value, t.value, 'higherIsBetter')
                    WHEN 'atmost' THEN {SqlFunctions.Attainment}(o.value, t.value, 'lowerIsBetter')
                END AS attainment,
                CASE {Kind}
                    WHEN 'atleast' THEN {SqlFunctions.AttainmentReason}(o.value, t.value, 'higherIsBetter')
                    WHEN 'atmost' THEN {SqlFunctions.AttainmentReason}(o.value, t.value, 'lowerIsBetter')
                    ELSE 'notDefinedForTargetKind'
                END AS attainment_reason
            FROM {targets} AS t
            LEFT JOIN {observations} AS o ON o.indicator = t.indicator AND o.unit = t.unit AND o.period = t.period
            """;
    }

    /// <summary>Quotes text as a DuckDB string literal: <c>it's</c> becomes <c>'it''s'</c>.</summary>
    /// <param name="text">The text (a path, say).</param>
    /// <returns>The literal.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static string Literal(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
    }

    private static string Relation(string path, bool decimalComma, string[] words, string[] numbers)
    {
        Required(path, nameof(path));
        var isParquet = path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase);
        string source;
        if (isParquet)
        {
            source = $"read_parquet({Literal(path)})";
        }
        else
        {
            var types = string.Join(", ", words.Select(w => $"'{w}': 'VARCHAR'").Concat(numbers.Select(n => $"'{n}': 'DECIMAL(38,18)'")));
            source = $"read_csv({Literal(path)}, header = true, decimal_separator = '{(decimalComma ? ',' : '.')}', types = {{{types}}})";
        }

        var columns = words.Select(w => $"CAST({w} AS VARCHAR) AS {w}").Concat(numbers.Select(n => $"CAST({n} AS DECIMAL(38,18)) AS {n}"));
        return $"(SELECT {string.Join(", ", columns)} FROM {source})";
    }

    private static void Required(string? text, string argument)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArgumentException($"A non-empty {argument} is needed; '{text}' was given.", argument);
        }
    }
}
