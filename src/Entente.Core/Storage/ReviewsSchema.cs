using Microsoft.Data.Sqlite;

namespace Entente.Core.Storage;

/// <summary>
/// The review workspace's tables, a schema step of their own beside the knowledge base's: review
/// state per fact, the append-only audit trail, and users. Created when missing.
/// </summary>
internal static class ReviewsSchema
{
    private const string Ddl = """
        CREATE TABLE IF NOT EXISTS review_state (
            fact_id INTEGER PRIMARY KEY,
            status TEXT NOT NULL,
            reason TEXT,
            edited_payload TEXT,
            merged_into INTEGER
        );
        CREATE INDEX IF NOT EXISTS review_state_merged ON review_state(merged_into);
        CREATE TABLE IF NOT EXISTS review_audit (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            user_name TEXT NOT NULL,
            fact_id INTEGER NOT NULL,
            action TEXT NOT NULL,
            before TEXT,
            after TEXT,
            reason TEXT
        );
        CREATE INDEX IF NOT EXISTS review_audit_by_fact ON review_audit(fact_id);
        CREATE INDEX IF NOT EXISTS review_audit_by_time ON review_audit(at);
        CREATE TABLE IF NOT EXISTS workspace_users (
            name TEXT PRIMARY KEY,
            role TEXT NOT NULL,
            password_hash TEXT NOT NULL,
            token_hash TEXT UNIQUE
        );
        """;

    public static void Apply(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Ddl;
        command.ExecuteNonQuery();
    }
}
