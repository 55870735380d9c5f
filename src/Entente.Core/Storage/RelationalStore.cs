using System.Data.Common;
using System.IO.Hashing;
using System.Text;
using Entente.Core.Domain;
using Entente.Core.Knowledge;
using Entente.Core.Text;

namespace Entente.Core.Storage;

/// <summary>
/// What every SQL backend shares: one transaction per input, the content hash claimed inside it,
/// near-duplicate linking and reconciliation. A backend supplies its connection, its write
/// transaction, the locks that keep concurrent writers from reconciling the same thing at once, and
/// which failures are worth a retry. The SQL is written once, in the dialect both backends speak.
/// </summary>
public abstract partial class RelationalStore : IEntenteStore
{
    /// <summary>Share of equal MinHash slots above which an article is the same story as a stored one.</summary>
    public const double DuplicateSimilarity = 0.6;

    private const int MaxAttempts = 50;

    protected RelationalStore(DbConnection connection, string name)
    {
        Connection = connection;
        Name = name;
    }

    protected DbConnection Connection { get; }

    /// <summary>How the store is named to the user (a path, or a server address without password).</summary>
    public string Name { get; }

    /// <summary>The schema version of the store once opened and migrated.</summary>
    public int SchemaVersion { get; protected set; }

    public bool HasDocument(string contentHash)
    {
        using var command = Command("SELECT 1 FROM documents WHERE content_hash = @hash", ("@hash", contentHash));
        return command.ExecuteScalar() is not null;
    }

    /// <summary>The clock claims expire by (a test sets its own).</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    public bool Claim(string contentHash, string worker, TimeSpan lease)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return ClaimOnce(contentHash, worker, lease);
            }
            catch (DbException e) when (IsTransient(e) && attempt < MaxAttempts)
            {
                Thread.Sleep(Random.Shared.Next(10, 50 * Math.Min(attempt, 20)));
            }
        }
    }

    private bool ClaimOnce(string contentHash, string worker, TimeSpan lease)
    {
        var now = Clock.GetUtcNow().ToUnixTimeMilliseconds();
        var expires = now + (long)lease.TotalMilliseconds;
        using var transaction = BeginWrite();
        bool claimed;
        using (var fresh = Command("INSERT INTO ingest_claims (content_hash, worker, expires_at) VALUES (@hash, @worker, @expires) ON CONFLICT (content_hash) DO NOTHING RETURNING worker",
                   transaction, ("@hash", contentHash), ("@worker", worker), ("@expires", expires)))
            claimed = fresh.ExecuteScalar() is not null;
        if (!claimed)
        {
            // An expired claim, or one of a process of this machine that is gone, is taken over by one worker;
            // another one trying at the same moment skips it instead of waiting.
            using (var held = Command($"SELECT worker, expires_at FROM ingest_claims WHERE content_hash = @hash {SkipLocked}", transaction, ("@hash", contentHash)))
            using (var reader = held.ExecuteReader())
                claimed = reader.Read() && (Convert.ToInt64(reader.GetValue(1)) < now || IsGone(reader.GetString(0)));
            if (claimed)
            {
                using var take = Command("UPDATE ingest_claims SET worker = @worker, expires_at = @expires WHERE content_hash = @hash",
                    transaction, ("@hash", contentHash), ("@worker", worker), ("@expires", expires));
                take.ExecuteNonQuery();
            }
        }
        transaction.Commit();
        return claimed;
    }

    /// <summary>A name for a worker claiming inputs: this machine, this process and a number of its own ("host/1234/…").</summary>
    public static string NewWorker() => $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>True when a worker's name says it ran in a process of this machine that no longer runs.</summary>
    private static bool IsGone(string worker)
    {
        var parts = worker.Split('/');
        if (parts.Length != 3 || parts[0] != Environment.MachineName || !int.TryParse(parts[1], out var pid) || pid == Environment.ProcessId) return false;
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }

    /// <summary>The clause that makes a row lock skip rows another transaction holds ("FOR UPDATE SKIP LOCKED"); empty where a write transaction is already the only one.</summary>
    protected abstract string SkipLocked { get; }

    public void Release(string contentHash, string worker)
    {
        using var release = Command("DELETE FROM ingest_claims WHERE content_hash = @hash AND worker = @worker", ("@hash", contentHash), ("@worker", worker));
        release.ExecuteNonQuery();
    }

    /// <summary>
    /// Stores one input atomically. The content hash is claimed inside the transaction, so a content
    /// stored meanwhile by another worker gives AlreadyStored, not an error. A writer that has to wait
    /// (a lock held by another process, a deadlock broken by the server) starts the input again.
    /// </summary>
    public StoreResult StoreDocument(DocumentToStore document)
    {
        var keys = LockKeys(document);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return StoreOnce(document, keys);
            }
            catch (DbException e) when (IsTransient(e) && attempt < MaxAttempts)
            {
                Thread.Sleep(Random.Shared.Next(10, 50 * Math.Min(attempt, 20)));
            }
        }
    }

    private StoreResult StoreOnce(DocumentToStore document, IReadOnlyList<long> keys)
    {
        using var transaction = BeginWrite();
        long documentId;
        using (var insert = Command(
                   """
                   INSERT INTO documents (source, content_hash, ingested_at, size) VALUES (@source, @hash, @at, @size) ON CONFLICT (content_hash) DO NOTHING RETURNING id;
                   DELETE FROM ingest_claims WHERE content_hash = @hash
                   """,
                   transaction, ("@source", document.Source), ("@hash", document.ContentHash), ("@at", DateTimeOffset.UtcNow.ToString("O")),
                   ("@size", (long)document.RawText.Length)))
        using (var reader = insert.ExecuteReader())
        {
            // The claim on the content ends with the transaction that stores it, or finds it stored.
            long? stored = reader.Read() ? reader.GetInt64(0) : null;
            while (reader.NextResult())
            {
            }
            if (stored is not { } id)
            {
                reader.Dispose();
                transaction.Commit();
                return new StoreResult(0, 0, 0) { AlreadyStored = true };
            }
            documentId = id;
        }
        Lock(transaction, keys);

        int created = 0, duplicates = 0, facts = 0;
        var knowledge = new KnowledgeSession(this, transaction);
        foreach (var (article, articleFacts, pair) in document.Articles)
        {
            var signature = MinHashSignature.Of(article.Text);
            var bands = signature.BandHashes();
            var duplicateOf = FindDuplicate(signature, bands, transaction);
            var record = ArticleRecord.From(article);
            long articleId;
            using (var insert = Command(
                       $"""
                       INSERT INTO articles (document_id, source, title, published, text, start, "end", url, outlet, signature, duplicate_of)
                       VALUES (@doc, @source, @title, @published, @text, @start, @end, @url, @outlet, @signature, @dup) RETURNING id;
                       {(pair is null ? "" : $"INSERT INTO article_pairs (article_id, pair) VALUES ({LastId("articles")}, @pair)")}
                       """, transaction,
                       ("@doc", documentId), ("@source", record.Source), ("@title", record.Title), ("@published", record.Published),
                       ("@text", record.Text), ("@start", record.Start), ("@end", record.End), ("@url", record.Url), ("@outlet", record.Outlet),
                       ("@signature", signature.ToBytes()), ("@dup", duplicateOf), ("@pair", pair)))
            using (var reader = insert.ExecuteReader())
            {
                reader.Read();
                articleId = reader.GetInt64(0);
                while (reader.NextResult())
                {
                }
            }
            knowledge.Published = article.Published;
            knowledge.ArticlePair = pair;
            knowledge.ReadAhead(Reconciler.Lookups(articleFacts, article.Published, pair));
            Reconciler.AddArticle(knowledge, articleId, articleFacts, article.Published, pair);
            facts += articleFacts.Count;
            if (duplicateOf is null)
            {
                created++;
                // Only originals are indexed, so every later copy links to the first story.
                var rows = string.Join(", ", bands.Select((_, band) => $"({band}, @h{band}, @id)"));
                knowledge.Flush($"INSERT INTO article_bands (band, hash, article_id) VALUES {rows}",
                    [("@id", articleId), .. bands.Select((hash, band) => ($"@h{band}", (object?)hash))]);
            }
            else
            {
                duplicates++;
                knowledge.Flush();
            }
        }
        transaction.Commit();
        return new StoreResult(created, duplicates, facts);
    }

    /// <summary>
    /// What two concurrent writers of this input could both be deciding about: each fact's identity
    /// (so the same real-world fact becomes one fact with two sources) and each article's MinHash bands
    /// (so the same story from two sites is linked). Sorted, so that writers take them in one order.
    /// </summary>
    private static long[] LockKeys(DocumentToStore document)
    {
        var keys = new SortedSet<long>();
        foreach (var (article, facts, pair) in document.Articles)
        {
            foreach (var (type, exact) in Reconciler.Lookups(facts, article.Published, pair)) keys.Add(Key($"fact\n{type}\n{exact}"));
            foreach (var band in MinHashSignature.Of(article.Text).BandHashes()) keys.Add(Key($"band\n{band}"));
        }
        return [.. keys];
    }

    private static long Key(string text) => (long)XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(text));

    /// <summary>
    /// Brings the schema to the program's version, one step per transaction, under a lock that makes
    /// concurrent openers wait for each other. A store newer than the program is refused.
    /// </summary>
    protected void Migrate(IReadOnlyList<Migration> steps)
    {
        var latest = steps[^1].Version;
        while (true)
        {
            using var transaction = BeginMigration();
            Execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)", transaction);
            int current;
            using (var version = Command("SELECT MAX(version) FROM schema_migrations", transaction))
                current = version.ExecuteScalar() is { } v and not DBNull ? Convert.ToInt32(v) : 0;
            if (current > latest)
                throw new StoreException($"{Name}: the store's schema is version {current}, newer than this program's {latest}; use a newer entente");
            SchemaVersion = current;
            if (current == latest) return;
            var step = steps.First(s => s.Version > current);
            using (var apply = Command(step.Sql, transaction))
            {
                // A step rewrites tables of any size: no time limit.
                apply.CommandTimeout = 0;
                apply.ExecuteNonQuery();
            }
            using (var record = Command("INSERT INTO schema_migrations (version, description, applied_at) VALUES (@version, @description, @at)", transaction,
                       ("@version", step.Version), ("@description", step.Description), ("@at", DateTimeOffset.UtcNow.ToString("O"))))
                record.ExecuteNonQuery();
            transaction.Commit();
        }
    }

    /// <summary>Starts a schema change, excluding every other opener of the store until it commits.</summary>
    protected abstract DbTransaction BeginMigration();

    /// <summary>Starts the transaction of one input, holding whatever the backend needs to write.</summary>
    protected abstract DbTransaction BeginWrite();

    /// <summary>Serialises this transaction against concurrent writers holding any of the same keys.</summary>
    protected abstract void Lock(DbTransaction transaction, IReadOnlyList<long> keys);

    /// <summary>True for failures that a new attempt of the same input can get past (a lock, a deadlock).</summary>
    protected abstract bool IsTransient(DbException exception);

    private long? FindDuplicate(MinHashSignature signature, long[] bands, DbTransaction transaction)
    {
        var candidates = new HashSet<long>();
        // One round trip for all bands: each OR term is a lookup in the (band, hash) index.
        var terms = string.Join(" OR ", bands.Select((_, band) => $"(band = {band} AND hash = @h{band})"));
        using (var query = Command($"SELECT article_id FROM article_bands WHERE {terms}", transaction, [.. bands.Select((hash, band) => ($"@h{band}", (object?)hash))]))
        using (var reader = query.ExecuteReader())
            while (reader.Read()) candidates.Add(reader.GetInt64(0));
        long? best = null;
        var bestSimilarity = DuplicateSimilarity;
        foreach (var candidate in candidates.Order())
        {
            using var query = Command("SELECT signature FROM articles WHERE id = @id", transaction, ("@id", candidate));
            var similarity = signature.Similarity(MinHashSignature.FromBytes((byte[])query.ExecuteScalar()!));
            if (similarity >= bestSimilarity)
            {
                best = candidate;
                bestSimilarity = similarity;
            }
        }
        return best;
    }

    /// <summary>A write transaction for the project's own tables beside the knowledge base (the review workspace's), taken as an input's is.</summary>
    public DbTransaction BeginWriteTransaction() => BeginWrite();

    protected void Execute(string sql, DbTransaction? transaction = null)
    {
        using var command = Command(sql, transaction);
        command.ExecuteNonQuery();
    }

    /// <summary>A command on the store's connection, with @name parameters (for the project's own queries and tables).</summary>
    public DbCommand Command(string sql, params (string Name, object? Value)[] parameters) => Command(sql, null, parameters);

    /// <summary>How many commands this store has made: each is one round trip to a server (for the benchmark's figures).</summary>
    public long Commands => Interlocked.Read(ref _commands);

    private long _commands;

    public DbCommand Command(string sql, DbTransaction? transaction, params (string Name, object? Value)[] parameters)
    {
        Interlocked.Increment(ref _commands);
        var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    public void Dispose()
    {
        Connection.Dispose();
        GC.SuppressFinalize(this);
    }
}
