using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using De06Metrics.Benchmarks.Infrastructure;
using De06Metrics.DuckDb;
using DuckDB.NET.Data;

namespace De06Metrics.Benchmarks.DuckDb;

/// <summary>
/// The library's functions registered in DuckDB (<see cref="SqlFunctions"/>) over a table of 10^7 rows, each against
/// its floor: DuckDB's own SQL doing the same arithmetic on the same <c>DECIMAL</c> columns, natively and in parallel.
/// Every query reduces its result to one number (<c>sum</c>, <c>count_if</c>), so that the time is the function's.
/// </summary>
/// <remarks>
/// <para>
/// The floors compute the same values for these rows (no overflow, no zero base), but none of the library's checks:
/// no reason for a null, no rounding to the output type, no polarity word. The rows: actuals 0 to 100 with one decimal,
/// 2 % missing; targets 40 to 90; bases 1 to 100 (never zero), all <c>DECIMAL(9,1)</c>, as a Parquet file of rates holds them.
/// </para>
/// <para>
/// Goal: a registered function within 20 × its floor. A managed function gets DuckDB's vectors of 2 048 rows and
/// reads and writes each value from the vector's storage (a 128-bit <c>DECIMAL(38,18)</c> becomes a
/// <see cref="decimal"/> and back) and runs the library's rule on it, where the native floor is vectorised arithmetic
/// on 32-bit integers.
/// </para>
/// </remarks>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class SqlFunctionBenchmarks
{
    private DuckDBConnection? connection;

    /// <summary>The number of rows: 10^7, or the sizes given by <c>--sizes</c> (<c>--sizes 10000000,100000000</c>).</summary>
    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    /// <summary>10^7 rows unless <c>--sizes</c> says otherwise.</summary>
    /// <returns>The sizes.</returns>
    public static IEnumerable<int> Sizes() => BenchmarkSizes.Configured([10_000_000]);

    /// <summary>Opens an in-memory database, registers the functions and builds the table once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        SqlFunctions.Register(connection);
        Scalar($"""
            CREATE TABLE rows AS SELECT
                CASE WHEN hash(i) % 50 = 0 THEN NULL ELSE CAST((hash(i + 1) % 1001) / 10 AS DECIMAL(9,1)) END AS actual,
                CAST(40 + hash(i + 2) % 51 AS DECIMAL(9,1)) AS target,
                CAST(1 + (hash(i + 3) % 991) / 10 AS DECIMAL(9,1)) AS base
            FROM range({N}) r(i)
            """);
    }

    /// <summary>Closes the database.</summary>
    [GlobalCleanup]
    public void Cleanup() => connection?.Dispose();

    /// <summary>The floor: actual − target in DuckDB's SQL.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("margin")]
    public object? Margin_Sql() => Scalar("SELECT sum(actual - target) FROM rows");

    /// <summary><c>de06_margin</c>, higher is better.</summary>
    [Benchmark]
    [BenchmarkCategory("margin")]
    public object? Margin_Registered() => Scalar("SELECT sum(de06_margin(actual, target, 'higherIsBetter')) FROM rows");

    /// <summary>The floor: the status rule with τ = 0,5 as a SQL CASE.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("status")]
    public object? Status_Sql() => Scalar("""
        SELECT count_if(CASE WHEN actual IS NULL THEN 'noData' WHEN actual - target > 0.5 THEN 'exceeded'
            WHEN actual - target < -0.5 THEN 'notMet' WHEN actual - target < 0 THEN 'basicallyMet' ELSE 'met' END = 'met') FROM rows
        """);

    /// <summary><c>de06_status</c>, higher is better, τ = 0,5.</summary>
    [Benchmark]
    [BenchmarkCategory("status")]
    public object? Status_Registered() => Scalar("SELECT count_if(de06_status(actual, target, 'higherIsBetter', 0.5) = 'met') FROM rows");

    /// <summary>The floor: (current − base) × 100 ÷ |base| in DuckDB's SQL (which divides DECIMALs in DOUBLE).</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("percent change")]
    public object? PercentChange_Sql() => Scalar("SELECT sum((actual - base) * 100 / abs(base)) FROM rows");

    /// <summary><c>de06_percent_change</c>.</summary>
    [Benchmark]
    [BenchmarkCategory("percent change")]
    public object? PercentChange_Registered() => Scalar("SELECT sum(de06_percent_change(base, actual)) FROM rows");

    private object? Scalar(string sql)
    {
        using var command = connection!.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
