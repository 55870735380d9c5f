using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Entente.Core.Storage;

/// <summary>
/// The embedded store: one SQLite file in WAL mode, one transaction per input. Writers take the file's
/// write lock when their transaction begins (BEGIN IMMEDIATE), so several processes on one file
/// queue instead of failing: each waits up to the busy timeout and then tries its input again.
/// </summary>
public sealed class SqliteStore : RelationalStore
{
    private const int BusyTimeoutSeconds = 30;
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    public SqliteStore(string path)
        : base(new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, DefaultTimeout = BusyTimeoutSeconds }.ToString()), path)
    {
        try
        {
            Connection.Open();
            WhileBusy(() =>
            {
                Execute($"PRAGMA busy_timeout={BusyTimeoutSeconds * 1000}; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;");
                Migrate(StoreMigrations.Sqlite);
            });
        }
        catch (SqliteException e)
        {
            Connection.Dispose();
            throw new StoreException($"{path}: cannot open the database ({e.Message})");
        }
        catch (StoreException)
        {
            Connection.Dispose();
            throw;
        }
    }

    protected override DbTransaction BeginWrite() => ((SqliteConnection)Connection).BeginTransaction(deferred: false);

    protected override DbTransaction BeginMigration() => BeginWrite();

    // BEGIN IMMEDIATE already holds the file's write lock: no other writer is looking at the claim.
    protected override string SkipLocked => "";

    // The transaction is the file's only writer, so the newest row is the one it just inserted.
    protected override string LastId(string table) => $"(SELECT MAX(id) FROM {table})";

    // BEGIN IMMEDIATE already made this the only writer of the file.
    protected override void Lock(DbTransaction transaction, IReadOnlyList<long> keys)
    {
    }

    protected override bool IsTransient(DbException exception) =>
        exception is SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked };

    private void WhileBusy(Action action)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                action();
                return;
            }
            catch (SqliteException e) when (IsTransient(e) && attempt < 20)
            {
                Thread.Sleep(Random.Shared.Next(10, 200));
            }
        }
    }
}
