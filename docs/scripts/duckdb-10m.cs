#!/usr/bin/env dotnet
#:project ../../src/De06Metrics.DuckDb/De06Metrics.DuckDb.csproj

// Ten million commune observations evaluated against their targets inside DuckDB, with the library's own rules.
// Run from the repository's root:   dotnet run -c Release docs/scripts/duckdb-10m.cs
// Another row count and folder:     dotnet run -c Release docs/scripts/duckdb-10m.cs -- 100000000 /big/disk/folder
// It writes observations.parquet and targets.parquet (the data format's columns) into the folder (default: de06-duckdb
// under the system's temporary folder), evaluates every target, ranks the communes, and prints each step's time.
// The figures are generated, not real: 3 321 communes × 500 indicators × as many months as the row count needs.
using System.Diagnostics;
using De06Metrics.DuckDb;
using De06Metrics.Measures;
using De06Metrics.Ranking;
using DuckDB.NET.Data;

var rows = args.Length > 0 ? long.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 10_000_000L;
var folder = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), "de06-duckdb");
Directory.CreateDirectory(folder);
var observations = Path.Combine(folder, "observations.parquet");
var targets = Path.Combine(folder, "targets.parquet");

using var connection = new DuckDBConnection("DataSource=:memory:");
connection.Open();
SqlFunctions.Register(connection);
// DuckDB spills to this folder when a join or a sort does not fit in its memory limit (80 % of RAM by default).
Run($"SET temp_directory = {ScorecardSql.Literal(Path.Combine(folder, "spill"))}");

// Row i: commune i mod 3 321, indicator (i div 3 321) mod 500, month (i div 1 660 500) from January 2015.
// Rates from 0 to 100 with one decimal, 2 % missing; every fifth indicator is lower-is-better (at most 5 %).
const string Keys = """
    'KPI.' || lpad(CAST((i // 3321) % 500 AS VARCHAR), 3, '0') AS indicator,
    'XA' || lpad(CAST(i % 3321 AS VARCHAR), 4, '0') AS unit,
    CAST(2015 + (i // 1660500) // 12 AS VARCHAR) || '-' || lpad(CAST(1 + (i // 1660500) % 12 AS VARCHAR), 2, '0') AS period
    """;
Step("write observations.parquet", rows, $"""
    COPY (SELECT {Keys},
            CASE WHEN hash(i) % 50 = 0 THEN NULL ELSE CAST((hash(i + 1) % 1001) / 10 AS DECIMAL(9,1)) END AS value
          FROM range({rows}) r(i))
    TO {ScorecardSql.Literal(observations)} (FORMAT parquet)
    """);
Step("write targets.parquet", rows, $"""
    COPY (SELECT {Keys},
            CASE WHEN (i // 3321) % 5 = 0 THEN 'atMost' ELSE 'atLeast' END AS goal,
            CASE WHEN (i // 3321) % 5 = 0 THEN CAST(5 AS DECIMAL(9,1)) ELSE CAST(40 + hash(i + 2) % 51 AS DECIMAL(9,1)) END AS value,
            CAST(NULL AS DECIMAL(9,1)) AS high, CAST(NULL AS DECIMAL(9,1)) AS tolerance
          FROM range({rows}) r(i))
    TO {ScorecardSql.Literal(targets)} (FORMAT parquet)
    """);
Console.WriteLine($"  files: {new FileInfo(observations).Length / 1e6:N0} MB + {new FileInfo(targets).Length / 1e6:N0} MB");

// Every target against its observation: margin, status (tolerance 1 point) and attainment, counted by status.
var evaluation = ScorecardSql.EvaluateAgainstTargets(ScorecardSql.Observations(observations), ScorecardSql.Targets(targets), statusTolerance: 1m);
Step("evaluate every target", rows, $"""
    CREATE TABLE by_status AS SELECT status, count(*) AS targets, sum(margin) AS margin, count(attainment) AS with_attainment
    FROM ({evaluation}) GROUP BY status
    """);
foreach (var row in Query("SELECT de06_status_text(status, 'vi'), targets, margin, with_attainment FROM by_status ORDER BY targets DESC"))
{
    var margins = row[2] is null ? "no margins" : $"margins summing to {row[2]:N1}";
    Console.WriteLine($"  {row[0],-16} {row[1],12:N0} targets, {margins}, {row[3]:N0} with an attainment");
}

// Communes ranked per indicator and month ("1224", the best rate first, missing values unranked).
var rank = RankSql.Expression("value", new RankOptions(Polarity.HigherIsBetter, TieMethod.Min), partitionBy: ["indicator", "period"]);
Step("rank communes per indicator and month", rows, $"""
    CREATE TABLE ranked AS SELECT count(*) AS ranked, max(r) AS worst FROM (SELECT {rank} AS r FROM {ScorecardSql.Observations(observations)}) WHERE r IS NOT NULL
    """);
foreach (var row in Query("SELECT ranked, worst FROM ranked"))
{
    Console.WriteLine($"  {row[0]:N0} ranks given, the worst {row[1]} of 3 321");
}

Console.WriteLine($"peak working set of the process: {Process.GetCurrentProcess().PeakWorkingSet64 / 1e9:N1} GB");

void Step(string name, long count, string sql)
{
    var clock = Stopwatch.StartNew();
    Run(sql);
    Console.WriteLine($"{name}: {clock.Elapsed.TotalSeconds:N1} s ({count / clock.Elapsed.TotalSeconds / 1e6:N2} million rows/s)");
}

void Run(string sql)
{
    using var command = connection.CreateCommand();
    command.CommandText = sql;
    command.ExecuteNonQuery();
}

List<object?[]> Query(string sql)
{
    using var command = connection.CreateCommand();
    command.CommandText = sql;
    using var reader = command.ExecuteReader();
    var result = new List<object?[]>();
    while (reader.Read())
    {
        var row = new object?[reader.FieldCount];
        reader.GetValues(row!);
        result.Add(row);
    }

    return result;
}
