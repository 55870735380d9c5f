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
        CREATE TABLE IF NOT EXISTS article_pairs (
            article_id INTEGER NOT NULL REFERENCES articles(id),
            pair TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS article_pairs_by_pair ON article_pairs(pair);
        CREATE TABLE IF NOT EXISTS kb_facts (
            id INTEGER PRIMARY KEY,
            type TEXT NOT NULL,
            exact TEXT NOT NULL,
            name TEXT,
            value TEXT NOT NULL,
            payload TEXT NOT NULL,
            conflict_group INTEGER NOT NULL,
            date TEXT
        );
        CREATE INDEX IF NOT EXISTS kb_facts_identity ON kb_facts(type, exact);
        CREATE INDEX IF NOT EXISTS kb_facts_group ON kb_facts(conflict_group);
        CREATE TABLE IF NOT EXISTS kb_fact_pairs (
            fact_id INTEGER NOT NULL REFERENCES kb_facts(id),
            pair TEXT NOT NULL,
            PRIMARY KEY (pair, fact_id)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS kb_sources (
            fact_id INTEGER NOT NULL REFERENCES kb_facts(id),
            article_id INTEGER NOT NULL REFERENCES articles(id),
            quote TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            PRIMARY KEY (fact_id, article_id)
        ) WITHOUT ROWID;
        """;

    public static void Apply(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Ddl;
        command.ExecuteNonQuery();
    }
}
