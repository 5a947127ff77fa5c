using System.Globalization;
using De06Metrics.Measures;
using De06Metrics.Ranking;

namespace De06Metrics.DuckDb;

/// <summary>
/// Writes DuckDB window expressions that rank as <see cref="Ranks"/> does: the best value by the polarity ranks 1,
/// ties share ranks by the <see cref="TieMethod"/>, missing values (<c>NULL</c>) are kept unranked or placed first or
/// last. DuckDB then ranks tables and files of any size, in parallel, by partition.
/// </summary>
/// <remarks>
/// <para>
/// The tie methods map onto DuckDB's window functions over <c>ORDER BY value DESC</c> (ascending when lower is
/// better): <see cref="TieMethod.Min"/> is <c>rank()</c>, <see cref="TieMethod.Dense"/> <c>dense_rank()</c>,
/// <see cref="TieMethod.First"/> <c>row_number()</c> with the input order as the second key,
/// <see cref="TieMethod.Max"/> <c>count(*)</c> over the default frame (which ends with the last peer of the row), and
/// <see cref="TieMethod.Average"/> the mean of the two, <c>(rank() + count(*)) × 0,5</c>. Whole ranks come out as
/// <c>BIGINT</c>, average ranks as an exact <c>DECIMAL</c>, fractions (<see cref="RankOptions.AsFraction"/>) as
/// <c>DOUBLE</c>, as the library's <see cref="double"/> path computes them.
/// </para>
/// <para>
/// Missing values: <see cref="MissingPlacement.Keep"/> sorts <c>NULL</c> last and gives it no rank, so the field is
/// the values alone; <see cref="MissingPlacement.Top"/> and <see cref="MissingPlacement.Bottom"/> sort <c>NULL</c>
/// first or last, where the <c>NULL</c>s are peers of one another and tie, as in the library.
/// </para>
/// <para>
/// Not expressible as one window, and refused: a tie tolerance (<see cref="RankOptions.Tolerance"/> chains ties across
/// neighbouring rows). Column names are quoted as SQL identifiers, so any name may be passed, never an expression.
/// </para>
/// </remarks>
public static class RankSql
{
    /// <summary>
    /// The window expression ranking a column: <c>rank() OVER (PARTITION BY "indicator" ORDER BY "value" DESC NULLS LAST)</c>
    /// for <c>TieMethod.Min</c>.
    /// </summary>
    /// <param name="valueColumn">The column holding the values.</param>
    /// <param name="options">How to rank; its tolerance must be zero.</param>
    /// <param name="partitionBy">The columns whose every combination is a field of its own (indicator and period, say); none for one field.</param>
    /// <param name="inputOrder">
    /// For <see cref="TieMethod.First"/> only, and required by it: the column giving the input order, which breaks ties
    /// (tables have no order of their own).
    /// </param>
    /// <returns>The SQL expression, to put in a <c>SELECT</c> list.</returns>
    /// <exception cref="ArgumentException">
    /// A column name is empty, the tolerance is not zero, or <paramref name="inputOrder"/> is missing for
    /// <see cref="TieMethod.First"/>.
    /// </exception>
    public static string Expression(string valueColumn, RankOptions options, IReadOnlyList<string>? partitionBy = null, string? inputOrder = null)
    {
        if (options.Tolerance != 0m)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"A tie tolerance ({options.Tolerance}) chains ties across neighbouring rows, which no window function does; rank with Ranks.Compute, or round the values first."),
                nameof(options));
        }

        var value = Quote(valueColumn, nameof(valueColumn));
        var partition = Partition(partitionBy);
        var order = $"{value} {(options.Polarity == Polarity.LowerIsBetter ? "ASC" : "DESC")} {(options.Missing == MissingPlacement.Top ? "NULLS FIRST" : "NULLS LAST")}";
        if (options.Ties == TieMethod.First)
        {
            if (string.IsNullOrWhiteSpace(inputOrder))
            {
                throw new ArgumentException("TieMethod.First ranks tied values in input order, so it needs the column that gives that order.", nameof(inputOrder));
            }

            order += $", {Quote(inputOrder, nameof(inputOrder))} ASC";
        }

        var window = $"OVER ({partition}ORDER BY {order})";
        var rank = options.Ties switch
        {
            TieMethod.Min => $"rank() {window}",
            TieMethod.Max => $"count(*) {window}",
            TieMethod.Dense => $"dense_rank() {window}",
            TieMethod.First => $"row_number() {window}",
            _ => $"((rank() {window} + count(*) {window}) * 0.5)",
        };
        if (options.AsFraction)
        {
            rank = $"(CAST({rank} AS DOUBLE) / {FieldSize(value, partition, options)})";
        }

        return options.Missing == MissingPlacement.Keep ? $"CASE WHEN {value} IS NULL THEN NULL ELSE {rank} END" : rank;
    }

    /// <summary>
    /// The window expression of Excel's <c>PERCENTRANK.INC</c> of each value within its field, as
    /// <see cref="PercentRank.Inclusive"/> gives it before truncation: the share of the other values below it,
    /// k ÷ (n − 1), from 0 for the smallest to 1 for the largest; ties take the rank of the first of them.
    /// </summary>
    /// <param name="valueColumn">The column holding the values.</param>
    /// <param name="partitionBy">The columns whose every combination is a field of its own; none for one field.</param>
    /// <returns>The SQL expression (<c>DOUBLE</c>), to put in a <c>SELECT</c> list.</returns>
    /// <exception cref="ArgumentException">A column name is empty.</exception>
    /// <remarks>
    /// DuckDB's <c>percent_rank()</c> computes (rank − 1) ÷ (n − 1), which is that share; the expression differs from a
    /// bare <c>percent_rank()</c> in two places, to match the library: missing values are no part of the field and get
    /// no rank, and a field of one value gives 1 (Excel's answer), where DuckDB gives 0. The result is not truncated
    /// to Excel's 3 digits: round it in SQL when a report needs to.
    /// </remarks>
    public static string PercentRankInclusive(string valueColumn, IReadOnlyList<string>? partitionBy = null)
    {
        var value = Quote(valueColumn, nameof(valueColumn));
        var partition = Partition(partitionBy);
        var byNullness = partition.Length == 0 ? $"PARTITION BY ({value} IS NULL) " : $"{partition.TrimEnd()}, ({value} IS NULL) ";
        return $"CASE WHEN {value} IS NULL THEN NULL WHEN count({value}) OVER ({partition.TrimEnd()}) = 1 THEN CAST(1 AS DOUBLE) " +
            $"ELSE percent_rank() OVER ({byNullness}ORDER BY {value} ASC) END";
    }

    /// <summary>Quotes a name as a DuckDB identifier: <c>value</c> becomes <c>"value"</c>, a quote inside is doubled.</summary>
    /// <param name="name">The column name.</param>
    /// <returns>The quoted identifier.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty.</exception>
    public static string QuoteIdentifier(string name) => Quote(name, nameof(name));

    private static string Quote(string? name, string argument) => string.IsNullOrWhiteSpace(name)
        ? throw new ArgumentException($"A column name is needed; '{name}' was given.", argument)
        : "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Partition(IReadOnlyList<string>? partitionBy) => partitionBy is { Count: > 0 }
        ? "PARTITION BY " + string.Join(", ", partitionBy.Select(column => Quote(column, nameof(partitionBy)))) + " "
        : "";

    // pandas' pct=True: the count of ranked values (the values alone under Keep, every row otherwise); with Dense, the
    // highest dense rank: the distinct values, and one more for the tied missing values when they are placed.
    private static string FieldSize(string value, string partition, RankOptions options)
    {
        var over = $"OVER ({partition.TrimEnd()})";
        if (options.Ties == TieMethod.Dense)
        {
            var distinct = $"count(DISTINCT {value}) {over}";
            return options.Missing == MissingPlacement.Keep
                ? distinct
                : $"({distinct} + CASE WHEN count(*) {over} > count({value}) {over} THEN 1 ELSE 0 END)";
        }

        return options.Missing == MissingPlacement.Keep ? $"count({value}) {over}" : $"count(*) {over}";
    }
}
