using System.Data;
using System.Data.Common;
using Npgsql;

namespace Entente.Core.Storage;

/// <summary>
/// The server store: a PostgreSQL database shared by any number of ingest workers and processes.
/// Each input is one READ COMMITTED transaction. Before reconciling, a writer takes transaction-scoped
/// advisory locks on the identities of its facts and the MinHash bands of its articles, in sorted
/// order, so two workers meeting the same fact or the same story decide one after the other and
/// the second sees the first's committed rows. Deadlocks the server breaks are retried.
/// </summary>
public sealed class PostgreSqlStore : RelationalStore
{
    /// <summary>Above this many keys an input locks the whole store instead, to stay within the server's lock table.</summary>
    private const int MaxKeyLocks = 256;

    private const long StoreLockKey = 0x456E74656E746531; // "Entente1": taken shared by every writer, exclusive by a large input.
    private const long MigrationLockKey = 0x456E74656E74654D; // "EntenteM"

    public PostgreSqlStore(string location)
        : base(new NpgsqlConnection(WithPreparedStatements(StoreLocation.PostgreSqlConnectionString(location))), StoreLocation.Describe(location))
    {
        try
        {
            Connection.Open();
            Migrate(StoreMigrations.PostgreSql);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or ArgumentException)
        {
            Connection.Dispose();
            throw new StoreException($"{Name}: cannot open the database ({e.Message.ReplaceLineEndings(" ")})");
        }
        catch (StoreException)
        {
            Connection.Dispose();
            throw;
        }
    }

    protected override DbTransaction BeginWrite() => Connection.BeginTransaction(IsolationLevel.ReadCommitted);

    /// <summary>
    /// Statements run again and again (a brief's queries, an input's inserts) are prepared on the server
    /// after their second use, which spares it planning them each time (a fifth of a brief's server CPU),
    /// unless the connection string says otherwise.
    /// </summary>
    private static string WithPreparedStatements(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 64;
            builder.AutoPrepareMinUsages = 2;
        }
        return builder.ToString();
    }

    protected override string SkipLocked => "FOR UPDATE SKIP LOCKED";

    // The sequence's value last given to this session (other writers' inserts do not change it), as a
    // subquery: evaluated once, so the row is found by its key rather than by testing every row.
    protected override string LastId(string table) => $"(SELECT currval(pg_get_serial_sequence('{table}', 'id')))";

    protected override DbTransaction BeginMigration()
    {
        var transaction = BeginWrite();
        using var command = Command("SELECT pg_advisory_xact_lock(@key)", transaction, ("@key", MigrationLockKey));
        command.CommandTimeout = 0;
        command.ExecuteNonQuery();
        return transaction;
    }

    protected override void Lock(DbTransaction transaction, IReadOnlyList<long> keys)
    {
        if (keys.Count > MaxKeyLocks)
        {
            using var whole = Command("SELECT pg_advisory_xact_lock(@key)", transaction, ("@key", StoreLockKey));
            whole.CommandTimeout = 0; // waiting for other writers is not a failure
            whole.ExecuteNonQuery();
            return;
        }
        // The keys arrive sorted and unnest keeps their order, so every writer locks in the same order.
        using var command = Command("SELECT pg_advisory_xact_lock_shared(@store); SELECT count(pg_advisory_xact_lock(k)) FROM unnest(@keys) AS k",
            transaction, ("@store", StoreLockKey), ("@keys", keys.ToArray()));
        command.CommandTimeout = 0;
        command.ExecuteNonQuery();
    }

    protected override bool IsTransient(DbException exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.LockNotAvailable };
}
