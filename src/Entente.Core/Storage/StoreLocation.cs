using Npgsql;

namespace Entente.Core.Storage;

/// <summary>
/// What `--db` names: a SQLite file path (the default), a PostgreSQL URI (postgresql://user@host:port/db)
/// or an Npgsql keyword connection string (Host=…;Database=…).
/// </summary>
public static class StoreLocation
{
    public static bool IsPostgreSql(string location) =>
        location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || location.Split(';').Any(part => part.TrimStart().StartsWith("host=", StringComparison.OrdinalIgnoreCase));

    /// <summary>Opens (and migrates) the store the location names.</summary>
    public static RelationalStore Open(string location) =>
        IsPostgreSql(location) ? new PostgreSqlStore(location) : new SqliteStore(location);

    /// <summary>The location as shown to the user: never the password.</summary>
    public static string Describe(string location)
    {
        if (!IsPostgreSql(location)) return location;
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(PostgreSqlConnectionString(location));
            return $"postgresql://{builder.Username}{(builder.Username is null ? "" : "@")}{builder.Host}:{builder.Port}/{builder.Database}";
        }
        catch (ArgumentException)
        {
            return "postgresql://(unreadable connection string)";
        }
    }

    /// <summary>An Npgsql connection string for a URI or a keyword string.</summary>
    public static string PostgreSqlConnectionString(string location)
    {
        if (!location.Contains("://", StringComparison.Ordinal))
        {
            try
            {
                return new NpgsqlConnectionStringBuilder(location).ToString();
            }
            catch (ArgumentException e)
            {
                throw new StoreException($"--db: not a valid connection string ({e.Message})");
            }
        }
        if (!Uri.TryCreate(location, UriKind.Absolute, out var uri))
            throw new StoreException("--db: not a valid postgresql:// address");
        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host, Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port };
        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0) builder.Database = database;
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2) builder.Password = Uri.UnescapeDataString(parts[1]);
        }
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = pair.Split('=', 2) is [var k, var v] ? (Uri.UnescapeDataString(k), Uri.UnescapeDataString(v)) : (Uri.UnescapeDataString(pair), "");
            try
            {
                builder[key == "sslmode" ? "SSL Mode" : key] = value;
            }
            catch (ArgumentException)
            {
                throw new StoreException($"--db: '{key}' is not a PostgreSQL connection option");
            }
        }
        return builder.ToString();
    }
}
