using System.Globalization;
using De06Metrics.Measures;
using De06Metrics.Ranking;

namespace De06Metrics.DuckDb.Tests;

/// <summary>
/// DuckDB's window functions, as <see cref="RankSql"/> writes them, against <see cref="Ranks"/> on the same values:
/// every tie method, missing-value placement, polarity and scaling, with ties and NULLs.
/// </summary>
public sealed class RankSqlTest : IDisposable
{
    private readonly Database db = new();

    public void Dispose() => db.Dispose();

    public static TheoryData<TieMethod, MissingPlacement, Polarity, bool> Combinations()
    {
        var data = new TheoryData<TieMethod, MissingPlacement, Polarity, bool>();
        foreach (var ties in Enum.GetValues<TieMethod>())
        {
            foreach (var missing in Enum.GetValues<MissingPlacement>())
            {
                foreach (var polarity in new[] { Polarity.HigherIsBetter, Polarity.LowerIsBetter })
                {
                    data.Add(ties, missing, polarity, false);
                    data.Add(ties, missing, polarity, true);
                }
            }
        }

        return data;
    }

    [Theory]
    [InlineData(TieMethod.Min, "1 2 2 4")]
    [InlineData(TieMethod.Max, "1 3 3 4")]
    [InlineData(TieMethod.Average, "1 2.5 2.5 4")]
    [InlineData(TieMethod.First, "1 2 3 4")]
    [InlineData(TieMethod.Dense, "1 2 2 3")]
    public void Four_values_of_which_two_tie_rank_as_the_tie_method_says(TieMethod ties, string expected)
    {
        // The TieMethod documentation's example: 90, 85, 85, 70, higher is better.
        db.Execute("CREATE TABLE v AS SELECT * FROM (VALUES (1, 90), (2, 85), (3, 85), (4, 70)) t(id, value)");
        var rank = RankSql.Expression("value", new RankOptions(Polarity.HigherIsBetter, ties), inputOrder: "id");
        var ranks = db.Rows($"SELECT {rank} FROM v ORDER BY id").Select(row => Convert.ToDecimal(row[0], CultureInfo.InvariantCulture));
        string.Join(" ", ranks.Select(r => r.ToString("0.##", CultureInfo.InvariantCulture))).Should().Be(expected);
    }

    [Theory]
    [MemberData(nameof(Combinations))]
    public void Window_ranks_equal_the_library_s_ranks_per_field(TieMethod ties, MissingPlacement missing, Polarity polarity, bool asFraction)
    {
        // Three fields of 200 rates with one decimal drawn from 30 values, so that many tie; every 7th value missing.
        // Written to Parquet by DuckDB and ranked from the file.
        var file = Path.Combine(db.Folder, "values.parquet");
        db.Execute($"""
            COPY (SELECT i AS id, 'F' || (i % 3) AS field,
                    CASE WHEN i % 7 = 4 THEN NULL ELSE CAST(60 + (hash(i) % 30) / 2 AS DECIMAL(9,1)) END AS value
                  FROM range(600) r(i))
            TO {ScorecardSql.Literal(file)} (FORMAT parquet)
            """);
        var options = new RankOptions(polarity, ties, missing, asFraction);
        var rank = RankSql.Expression("value", options, partitionBy: ["field"], inputOrder: "id");
        var rows = db.Rows($"SELECT field, value, {rank} FROM read_parquet({ScorecardSql.Literal(file)}) ORDER BY field, id");

        foreach (var field in rows.GroupBy(row => (string)row[0]!))
        {
            var values = field.Select(row => (decimal?)row[1]).ToArray();
            var expected = Ranks.Compute(values, options);
            var actual = field.Select(row => row[2] is null ? (decimal?)null : Convert.ToDecimal(row[2], CultureInfo.InvariantCulture)).ToArray();
            values.Count(v => v is null).Should().BeGreaterThan(0);
            values.Distinct().Count().Should().BeLessThan(values.Length / 4, "the values tie often");
            if (asFraction)
            {
                // Fractions are DOUBLE in SQL and decimal in the library: equal to double precision.
                for (var i = 0; i < actual.Length; i++)
                {
                    (actual[i] is null).Should().Be(expected[i] is null);
                    if (actual[i] is { } a)
                    {
                        ((double)a).Should().BeApproximately((double)expected[i]!.Value, 1e-12, $"row {i} of {field.Key}");
                    }
                }
            }
            else
            {
                actual.Should().Equal(expected, $"{field.Key} ranked {options}");
            }
        }
    }

    [Fact]
    public void Percent_rank_equals_excel_s_percentrank_inc_of_each_value()
    {
        // PERCENTRANK.INC of x in the data is k / (n − 1), k the values below x: for 10, 20, 20, 40 (n = 4) the ranks
        // are 0/3, 1/3, 1/3, 3/3. The library's result is truncated to its significance; 28 digits leaves a double's worth.
        db.Execute("CREATE TABLE v AS SELECT * FROM (VALUES (1, 'A', 10), (2, 'A', 20), (3, 'A', 20), (4, 'A', 40), (5, 'A', NULL), (6, 'B', 7)) t(id, field, value)");
        var rows = db.Rows($"SELECT field, value, {RankSql.PercentRankInclusive("value", ["field"])} FROM v ORDER BY id");
        rows.Select(row => row[2]).Should().Equal(0d, 1d / 3, 1d / 3, 1d, null, 1d);

        decimal[] data = [10m, 20m, 20m, 40m];
        foreach (var row in rows.Take(4))
        {
            var x = Convert.ToDecimal(row[1], CultureInfo.InvariantCulture);
            ((double)row[2]!).Should().BeApproximately((double)PercentRank.Inclusive(data, x, PercentRank.MaximumSignificance), 1e-15);
        }
    }

    [Fact]
    public void A_tie_tolerance_and_first_without_an_input_order_are_refused()
    {
        var tolerance = () => RankSql.Expression("value", new RankOptions(Polarity.HigherIsBetter, tolerance: 0.5m));
        tolerance.Should().Throw<ArgumentException>().WithParameterName("options").WithMessage("*0.5*");
        var first = () => RankSql.Expression("value", new RankOptions(Polarity.HigherIsBetter, TieMethod.First));
        first.Should().Throw<ArgumentException>().WithParameterName("inputOrder");
    }

    [Fact]
    public void Column_names_are_quoted_identifiers()
    {
        RankSql.QuoteIdentifier("giá trị \"x\"").Should().Be("\"giá trị \"\"x\"\"\"");
        RankSql.Expression("value", new RankOptions(Polarity.LowerIsBetter, TieMethod.Min, MissingPlacement.Bottom))
            .Should().Be("rank() OVER (ORDER BY \"value\" ASC NULLS LAST)");
    }
}
