using Entente.Core.Storage;
using Npgsql;

namespace Entente.Core.Tests.Support;

/// <summary>
/// The backends every store test runs against. SQLite is a file in a temporary folder; PostgreSQL is a
/// real server named by ENTENTE_TEST_PG (.ci/postgres.sh starts one), each store in a schema of its own.
/// Without that variable the PostgreSQL cases fail with a message saying so: they never skip.
/// </summary>
public static class TestStores
{
    public const string Sqlite = "sqlite";
    public const string PostgreSql = "postgresql";
    public const string ServerVariable = "ENTENTE_TEST_PG";

    public static TheoryData<string> Backends => new() { Sqlite, PostgreSql };

    /// <summary>A new, empty store location of the backend: a file path, or a keyword connection string to a fresh schema.</summary>
    public static TestStoreLocation NewLocation(string backend) => backend switch
    {
        Sqlite => new TestStoreLocation(null),
        PostgreSql => new TestStoreLocation(NewSchema()),
        _ => throw new ArgumentOutOfRangeException(nameof(backend)),
    };

    private static string NewSchema()
    {
        var server = Environment.GetEnvironmentVariable(ServerVariable);
        if (string.IsNullOrEmpty(server))
            Assert.Fail($"{ServerVariable} is not set: the PostgreSQL store tests need a server (source .ci/postgres.sh to start a throwaway one)");
        var schema = $"t_{Guid.NewGuid():N}";
        var builder = new NpgsqlConnectionStringBuilder(StoreLocation.PostgreSqlConnectionString(server));
        using (var connection = new NpgsqlConnection(builder.ToString()))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            create.ExecuteNonQuery();
        }
        builder.SearchPath = schema;
        builder.Pooling = false;
        return builder.ToString();
    }
}

/// <summary>Where a test store lives, removed with everything in it on dispose.</summary>
public sealed class TestStoreLocation : IDisposable
{
    private readonly string? _folder;

    public TestStoreLocation(string? connectionString)
    {
        if (connectionString is null)
        {
            _folder = Directory.CreateTempSubdirectory("entente-store-").FullName;
            Location = Path.Combine(_folder, "kb.db");
        }
        else
        {
            Location = connectionString;
        }
    }

    /// <summary>What --db or StoreLocation.Open takes.</summary>
    public string Location { get; }

    public bool IsPostgreSql => _folder is null;

    public RelationalStore Open() => StoreLocation.Open(Location);

    /// <summary>Runs one SQL statement on the store and returns the first column of the first row.</summary>
    public object? Scalar(string sql)
    {
        using var store = Open();
        using var command = store.Command(sql);
        return command.ExecuteScalar();
    }

    public long Count(string tableAndCondition) => Convert.ToInt64(Scalar($"SELECT COUNT(*) FROM {tableAndCondition}"));

    public void Dispose()
    {
        if (_folder is not null)
        {
            Directory.Delete(_folder, recursive: true);
            return;
        }
        var builder = new NpgsqlConnectionStringBuilder(Location);
        var schema = builder.SearchPath!;
        builder.SearchPath = null;
        using var connection = new NpgsqlConnection(builder.ToString());
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP SCHEMA {schema} CASCADE", connection);
        drop.ExecuteNonQuery();
    }
}
