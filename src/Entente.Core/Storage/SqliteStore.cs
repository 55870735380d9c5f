using Entente.Core.Domain;
using Entente.Core.Knowledge;
using Entente.Core.Text;
using Microsoft.Data.Sqlite;

namespace Entente.Core.Storage;

/// <summary>The embedded store: one SQLite file, written in WAL mode, one transaction per input.</summary>
public sealed partial class SqliteStore : IEntenteStore
{
    /// <summary>Share of equal MinHash slots above which an article is the same story as a stored one.</summary>
    public const double DuplicateSimilarity = 0.6;

    private readonly SqliteConnection _connection;

    public SqliteStore(string path)
    {
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        try
        {
            _connection.Open();
            Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;");
            SqliteSchema.Apply(_connection);
        }
        catch (SqliteException e)
        {
            _connection.Dispose();
            throw new StoreException($"{path}: cannot open the database ({e.Message})");
        }
    }

    public bool HasDocument(string contentHash)
    {
        using var command = Command("SELECT 1 FROM documents WHERE content_hash = $hash", ("$hash", contentHash));
        return command.ExecuteScalar() is not null;
    }

    public StoreResult StoreDocument(DocumentToStore document)
    {
        using var transaction = _connection.BeginTransaction();
        long documentId;
        using (var insert = Command(
                   "INSERT INTO documents (source, content_hash, ingested_at, size) VALUES ($source, $hash, $at, $size) RETURNING id",
                   ("$source", document.Source), ("$hash", document.ContentHash), ("$at", DateTimeOffset.UtcNow.ToString("O")),
                   ("$size", document.RawText.Length)))
        {
            insert.Transaction = transaction;
            documentId = (long)insert.ExecuteScalar()!;
        }

        int created = 0, duplicates = 0, facts = 0;
        var knowledge = new KnowledgeSession(this, transaction);
        foreach (var (article, articleFacts, pair) in document.Articles)
        {
            var signature = MinHashSignature.Of(article.Text);
            var bands = signature.BandHashes();
            var duplicateOf = FindDuplicate(signature, bands, transaction);
            var record = ArticleRecord.From(article);
            using var insert = Command(
                """
                INSERT INTO articles (document_id, source, title, published, text, start, "end", url, outlet, signature, duplicate_of)
                VALUES ($doc, $source, $title, $published, $text, $start, $end, $url, $outlet, $signature, $dup) RETURNING id
                """,
                ("$doc", documentId), ("$source", record.Source), ("$title", record.Title), ("$published", record.Published),
                ("$text", record.Text), ("$start", record.Start), ("$end", record.End), ("$url", record.Url), ("$outlet", record.Outlet),
                ("$signature", signature.ToBytes()), ("$dup", duplicateOf));
            insert.Transaction = transaction;
            var articleId = (long)insert.ExecuteScalar()!;
            if (pair is not null)
            {
                using var pairInsert = Command("INSERT INTO article_pairs (article_id, pair) VALUES ($id, $pair)", ("$id", articleId), ("$pair", pair));
                pairInsert.Transaction = transaction;
                pairInsert.ExecuteNonQuery();
            }
            Reconciler.AddArticle(knowledge, articleId, articleFacts, article.Published, pair);
            facts += articleFacts.Count;
            if (duplicateOf is null)
            {
                created++;
                // Only originals are indexed, so every later copy links to the first story.
                foreach (var (band, hash) in bands.Select((h, i) => (i, h)))
                {
                    using var index = Command("INSERT INTO article_bands (band, hash, article_id) VALUES ($band, $hash, $id)",
                        ("$band", band), ("$hash", hash), ("$id", articleId));
                    index.Transaction = transaction;
                    index.ExecuteNonQuery();
                }
            }
            else
            {
                duplicates++;
            }
        }
        transaction.Commit();
        return new StoreResult(created, duplicates, facts);
    }

    private long? FindDuplicate(MinHashSignature signature, long[] bands, SqliteTransaction transaction)
    {
        var candidates = new HashSet<long>();
        for (var band = 0; band < bands.Length; band++)
        {
            using var query = Command("SELECT article_id FROM article_bands WHERE band = $band AND hash = $hash", ("$band", band), ("$hash", bands[band]));
            query.Transaction = transaction;
            using var reader = query.ExecuteReader();
            while (reader.Read()) candidates.Add(reader.GetInt64(0));
        }
        long? best = null;
        var bestSimilarity = DuplicateSimilarity;
        foreach (var candidate in candidates)
        {
            using var query = Command("SELECT signature FROM articles WHERE id = $id", ("$id", candidate));
            query.Transaction = transaction;
            var similarity = signature.Similarity(MinHashSignature.FromBytes((byte[])query.ExecuteScalar()!));
            if (similarity >= bestSimilarity)
            {
                best = candidate;
                bestSimilarity = similarity;
            }
        }
        return best;
    }


    private void Execute(string sql)
    {
        using var command = Command(sql);
        command.ExecuteNonQuery();
    }

    internal SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    public void Dispose() => _connection.Dispose();
}
