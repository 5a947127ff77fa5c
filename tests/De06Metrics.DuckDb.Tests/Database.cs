using DuckDB.NET.Data;

namespace De06Metrics.DuckDb.Tests;

/// <summary>An in-memory DuckDB connection with the library's functions registered, and a folder for the files a test writes.</summary>
internal sealed class Database : IDisposable
{
    public Database()
    {
        Connection = new DuckDBConnection("DataSource=:memory:");
        Connection.Open();
        SqlFunctions.Register(Connection);
        Folder = Directory.CreateTempSubdirectory("de06-duckdb-").FullName;
    }

    public DuckDBConnection Connection { get; }

    public string Folder { get; }

    public void Execute(string sql)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public object? Scalar(string sql)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    /// <summary>Every row of a query, each as its values in column order (<see langword="null"/> for SQL NULL).</summary>
    public List<object?[]> Rows(string sql)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    public void Dispose()
    {
        Connection.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}
