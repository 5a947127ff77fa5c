namespace De06Metrics.DuckDb.Tests;

/// <summary>
/// Observations and targets read through DuckDB from the Hà Giang example's CSV folder (semicolons, a decimal comma, a
/// byte order mark) and from Parquet files written from it, evaluated with <see cref="ScorecardSql.EvaluateAgainstTargets"/>.
/// </summary>
public sealed class ScorecardSqlTest : IDisposable
{
    private static readonly string CsvFolder = Path.Combine(RepositoryRoot(), "docs", "examples", "ha-giang-2024-q1", "csv");

    private readonly Database db = new();

    public void Dispose() => db.Dispose();

    [Fact]
    public void The_report_s_figures_are_evaluated_from_the_csv_folder()
    {
        var sql = ScorecardSql.EvaluateAgainstTargets(
            ScorecardSql.Observations(Path.Combine(CsvFolder, "observations.csv"), decimalComma: true),
            ScorecardSql.Targets(Path.Combine(CsvFolder, "targets.csv"), decimalComma: true));
        var rows = Evaluated(sql);

        // The report: online dossiers 88,8% against 70% (+18,8 points, exceeded); online payment 83,7% against 45%
        // (+38,7; 83,7 / 45 = 1,86); 25 essential services 95% against 70% (+25). Attainment 88,8 / 70 = 1,2685714285714285714…,
        // kept to 18 decimals.
        rows["DVC.ONLINE"].Should().Be((88.8m, 70m, 18.8m, "exceeded", 1.268571428571428571m));
        rows["DVC.PAYMENT"].Should().Be((83.7m, 45m, 38.7m, "exceeded", 1.86m));
        rows["DVC.ESSENTIAL25"].Should().Be((95m, 70m, 25m, "exceeded", 1.357142857142857143m)); // 95 / 70 = 1,3571428571428571428…
    }

    [Fact]
    public void A_parquet_copy_of_the_folder_gives_the_same_evaluation()
    {
        var observations = Path.Combine(db.Folder, "observations.parquet");
        var targets = Path.Combine(db.Folder, "targets.parquet");
        db.Execute($"COPY {ScorecardSql.Observations(Path.Combine(CsvFolder, "observations.csv"), decimalComma: true)} TO {ScorecardSql.Literal(observations)} (FORMAT parquet)");
        db.Execute($"COPY {ScorecardSql.Targets(Path.Combine(CsvFolder, "targets.csv"), decimalComma: true)} TO {ScorecardSql.Literal(targets)} (FORMAT parquet)");

        var fromCsv = Evaluated(ScorecardSql.EvaluateAgainstTargets(
            ScorecardSql.Observations(Path.Combine(CsvFolder, "observations.csv"), decimalComma: true),
            ScorecardSql.Targets(Path.Combine(CsvFolder, "targets.csv"), decimalComma: true)));
        var fromParquet = Evaluated(ScorecardSql.EvaluateAgainstTargets(ScorecardSql.Observations(observations), ScorecardSql.Targets(targets)));

        fromParquet.Should().BeEquivalentTo(fromCsv);
        fromParquet.Should().HaveCount(5, "the example has five targets");
    }

    [Fact]
    public void Every_goal_kind_is_judged_and_a_target_without_its_figure_has_no_data()
    {
        db.Execute("""
            CREATE TABLE targets AS SELECT * FROM (VALUES
                ('A', 'HG', '2024-Q1', 'atLeast', 70.0, NULL, NULL),
                ('B', 'HG', '2024-Q1', 'at_most', 5.0, NULL, NULL),
                ('C', 'HG', '2024-Q1', 'between', 90.0, 110.0, NULL),
                ('D', 'HG', '2024-Q1', 'exactly', 100.0, NULL, 0.5),
                ('E', 'HG', '2024-Q1', 'yes', NULL, NULL, NULL),
                ('F', 'HG', '2024-Q1', 'atLeast', 70.0, NULL, NULL)
            ) t(indicator, unit, period, goal, value, high, tolerance)
            """);
        db.Execute("""
            CREATE TABLE observations AS SELECT * FROM (VALUES
                ('A', 'HG', '2024-Q1', 69.5), ('B', 'HG', '2024-Q1', 6.0), ('C', 'HG', '2024-Q1', 111.0),
                ('D', 'HG', '2024-Q1', 100.4), ('E', 'HG', '2024-Q1', 1.0), ('A', 'HG', '2023', 10.0)
            ) o(indicator, unit, period, value)
            """);
        var rows = db.Rows($"SELECT indicator, margin, status FROM ({ScorecardSql.EvaluateAgainstTargets("observations", "targets", statusTolerance: 1m)}) ORDER BY indicator");

        // A: 69,5 − 70 = −0,5, within τ = 1: basically met. B: 5 − 6 = −1, within τ: basically met.
        // C: 110 − 111 = −1: basically met. D: 100,4 in [99,5; 100,5]: met. E: yes asked, 1 given: met. F: no figure.
        rows.Should().BeEquivalentTo(
            new[]
            {
                new object?[] { "A", -0.5m, "basicallyMet" },
                new object?[] { "B", -1m, "basicallyMet" },
                new object?[] { "C", -1m, "basicallyMet" },
                new object?[] { "D", 0m, "met" },
                new object?[] { "E", null, "met" },
                new object?[] { "F", null, "noData" },
            },
            o => o.WithStrictOrdering());
    }

    [Fact]
    public void Paths_are_quoted_and_a_negative_tolerance_is_refused()
    {
        ScorecardSql.Literal("it's.parquet").Should().Be("'it''s.parquet'");
        var negative = () => ScorecardSql.EvaluateAgainstTargets("o", "t", -1m);
        negative.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("statusTolerance");
        var empty = () => ScorecardSql.Observations(" ");
        empty.Should().Throw<ArgumentException>().WithParameterName("path");
    }

    private Dictionary<string, (decimal? Actual, decimal? Target, decimal? Margin, string? Status, decimal? Attainment)> Evaluated(string sql) =>
        db.Rows($"SELECT indicator, actual, target, margin, status, attainment FROM ({sql})")
            .ToDictionary(row => (string)row[0]!, row => ((decimal?)row[1], (decimal?)row[2], (decimal?)row[3], (string?)row[4], (decimal?)row[5]));

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "De06Metrics.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No De06Metrics.sln above {AppContext.BaseDirectory}.");
    }
}
