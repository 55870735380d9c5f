using Microsoft.Data.Sqlite;

namespace Entente.Core.Storage;

/// <summary>The tables of the embedded store, created when missing.</summary>
internal static class SqliteSchema
{
    private const string Ddl = """
        CREATE TABLE IF NOT EXISTS documents (
            id INTEGER PRIMARY KEY,
            source TEXT NOT NULL,
            content_hash TEXT NOT NULL UNIQUE,
            ingested_at TEXT NOT NULL,
            size INTEGER NOT NULL
        );
        CREATE TABLE IF NOT EXISTS articles (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id),
            source TEXT NOT NULL,
            title TEXT,
            published TEXT,
            text TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            url TEXT,
            outlet TEXT,
            signature BLOB NOT NULL,
            duplicate_of INTEGER REFERENCES articles(id)
        );
        CREATE INDEX IF NOT EXISTS articles_by_document ON articles(document_id);
        CREATE TABLE IF NOT EXISTS article_bands (
            band INTEGER NOT NULL,
            hash INTEGER NOT NULL,
            article_id INTEGER NOT NULL REFERENCES articles(id)
        );
        CREATE INDEX IF NOT EXISTS article_bands_lookup ON article_bands(band, hash);
        """;

    public static void Apply(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Ddl;
        command.ExecuteNonQuery();
    }
}
