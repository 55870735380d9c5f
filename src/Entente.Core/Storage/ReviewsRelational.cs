using System.Data.Common;

namespace Entente.Core.Storage;

/// <summary>
/// The review workspace's storage in the knowledge base's own database (SQLite or PostgreSQL), on the
/// store's connection, with the SQL both backends speak. Every review is one transaction: the
/// fact's state and its audit line are written together or not at all.
/// </summary>
public sealed class ReviewsRelational : IReviewsStore
{
    private readonly RelationalStore _store;
    private readonly TimeProvider _clock;

    /// <summary>The reviews kept beside this store's knowledge base; their tables are created when missing.</summary>
    public ReviewsRelational(RelationalStore store, TimeProvider? clock = null)
    {
        _store = store;
        _clock = clock ?? TimeProvider.System;
        try
        {
            using var transaction = store.BeginWriteTransaction();
            using (var create = store.Command(store is PostgreSqlStore ? ReviewsSchema.PostgreSql : ReviewsSchema.Sqlite, transaction))
                create.ExecuteNonQuery();
            transaction.Commit();
        }
        catch (DbException e)
        {
            throw new StoreException($"{store.Name}: cannot create the review tables ({e.Message.ReplaceLineEndings(" ")})");
        }
    }

    public IReadOnlyDictionary<long, FactReview> Reviews(IEnumerable<long> factIds)
    {
        var result = new Dictionary<long, FactReview>();
        foreach (var chunk in factIds.Distinct().Chunk(500))
        {
            using var command = Command($"SELECT fact_id, status, reason, edited_payload, merged_into FROM review_state WHERE fact_id IN ({string.Join(',', chunk)})");
            using var reader = command.ExecuteReader();
            while (reader.Read())
                result[reader.GetInt64(0)] = new FactReview(reader.GetInt64(0), reader.GetString(1), Text(reader, 2), Text(reader, 3), reader.IsDBNull(4) ? null : reader.GetInt64(4));
        }
        return result;
    }

    public IReadOnlyDictionary<long, IReadOnlyList<long>> MergedInto(IEnumerable<long> targetIds)
    {
        var result = new Dictionary<long, List<long>>();
        foreach (var chunk in targetIds.Distinct().Chunk(500))
        {
            using var command = Command($"SELECT merged_into, fact_id FROM review_state WHERE merged_into IN ({string.Join(',', chunk)}) ORDER BY fact_id");
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var target = reader.GetInt64(0);
                if (!result.TryGetValue(target, out var list)) result[target] = list = [];
                list.Add(reader.GetInt64(1));
            }
        }
        return result.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<long>)kv.Value);
    }

    public IReadOnlyDictionary<string, int> HiddenFactsByPair()
    {
        using var command = Command($"""
            SELECT p.pair, COUNT(*) FROM review_state r JOIN kb_fact_pairs p ON p.fact_id = r.fact_id
            WHERE r.status = '{ReviewStatus.Rejected}' OR r.merged_into IS NOT NULL GROUP BY p.pair
            """);
        using var reader = command.ExecuteReader();
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        while (reader.Read()) result[reader.GetString(0)] = Convert.ToInt32(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture);
        return result;
    }

    public IReadOnlyList<string> PairsOfFact(long factId)
    {
        using var command = Command("SELECT pair FROM kb_fact_pairs WHERE fact_id = @id ORDER BY pair", ("@id", factId));
        using var reader = command.ExecuteReader();
        var pairs = new List<string>();
        while (reader.Read()) pairs.Add(reader.GetString(0));
        return pairs;
    }

    public bool FactExists(long factId)
    {
        using var command = Command("SELECT 1 FROM kb_facts WHERE id = @id", ("@id", factId));
        return command.ExecuteScalar() is not null;
    }

    public IReadOnlyDictionary<string, PairActivity> PairActivity()
    {
        using var command = Command("""
            SELECT p.pair, MAX(a.published), MAX(d.ingested_at)
            FROM article_pairs p JOIN articles a ON a.id = p.article_id JOIN documents d ON d.id = a.document_id GROUP BY p.pair
            """);
        using var reader = command.ExecuteReader();
        var result = new Dictionary<string, PairActivity>(StringComparer.Ordinal);
        while (reader.Read()) result[reader.GetString(0)] = new PairActivity(Text(reader, 1), reader.GetString(2));
        return result;
    }

    public AuditEntry Record(ReviewChange change)
    {
        using var transaction = _store.BeginWriteTransaction();
        using (var upsert = Command("""
                   INSERT INTO review_state (fact_id, status, reason, edited_payload, merged_into) VALUES (@id, @status, @reason, @payload, @into)
                   ON CONFLICT(fact_id) DO UPDATE SET status = excluded.status, reason = excluded.reason, edited_payload = excluded.edited_payload, merged_into = excluded.merged_into
                   """, ("@id", change.FactId), ("@status", change.Status), ("@reason", change.Reason), ("@payload", change.EditedPayload), ("@into", change.MergedInto)))
        {
            upsert.Transaction = transaction;
            upsert.ExecuteNonQuery();
        }
        var entry = Audit(transaction, change.User, change.FactId, change.Action, change.Before, change.After, change.Reason);
        transaction.Commit();
        return entry;
    }

    public long SplitSource(long factId, long articleId, string user, string? reason)
    {
        using var transaction = _store.BeginWriteTransaction();
        using (var check = Command("SELECT COUNT(*) FROM kb_sources WHERE fact_id = @id", ("@id", factId)))
        {
            check.Transaction = transaction;
            if ((long)check.ExecuteScalar()! < 2) throw new InvalidOperationException($"fact {factId} has fewer than two sources; there is nothing to split off");
        }
        using (var has = Command("SELECT 1 FROM kb_sources WHERE fact_id = @id AND article_id = @article", ("@id", factId), ("@article", articleId)))
        {
            has.Transaction = transaction;
            if (has.ExecuteScalar() is null) throw new InvalidOperationException($"article {articleId} is not a source of fact {factId}");
        }
        long newId;
        using (var copy = Command("""
                   INSERT INTO kb_facts (type, exact, name, value, payload, conflict_group, date, sort_date, planned)
                   SELECT type, exact || '|split', name, value, payload, 0, date, sort_date, planned FROM kb_facts WHERE id = @id RETURNING id
                   """, ("@id", factId)))
        {
            copy.Transaction = transaction;
            newId = (long)copy.ExecuteScalar()!;
        }
        foreach (var sql in new[]
                 {
                     "UPDATE kb_facts SET conflict_group = @new WHERE id = @new",
                     """
                     INSERT INTO kb_fact_pairs (fact_id, pair, type, sort_date, planned, conflict_group, own)
                     SELECT @new, pair, type, sort_date, planned, @new, own FROM kb_fact_pairs WHERE fact_id = @id
                     """,
                     "UPDATE kb_sources SET fact_id = @new WHERE fact_id = @id AND article_id = @article",
                 })
        {
            using var step = Command(sql, ("@new", newId), ("@id", factId), ("@article", articleId));
            step.Transaction = transaction;
            step.ExecuteNonQuery();
        }
        var moved = $$"""{"article":{{articleId}},"fact":{{newId}}}""";
        Audit(transaction, user, factId, "split", $$"""{"article":{{articleId}},"fact":{{factId}}}""", moved, reason);
        Audit(transaction, user, newId, "split", $$"""{"article":{{articleId}},"fact":{{factId}}}""", moved, reason);
        transaction.Commit();
        return newId;
    }

    public IReadOnlyList<AuditEntry> Audit(string? since = null, long? factId = null)
    {
        var sql = "SELECT id, at, user_name, fact_id, action, before, after, reason FROM review_audit WHERE 1 = 1";
        if (since is not null) sql += " AND at >= @since";
        if (factId is not null) sql += " AND fact_id = @fact";
        using var command = Command(sql + " ORDER BY id", ("@since", since), ("@fact", factId));
        using var reader = command.ExecuteReader();
        var entries = new List<AuditEntry>();
        while (reader.Read())
            entries.Add(new AuditEntry(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3), reader.GetString(4), Text(reader, 5), Text(reader, 6), Text(reader, 7)));
        return entries;
    }

    public StoredArticle? Article(long id)
    {
        using var command = Command("""SELECT id, source, title, published, text, start, "end", url, outlet, duplicate_of FROM articles WHERE id = @id""", ("@id", id));
        using var reader = command.ExecuteReader();
        if (!reader.Read()) return null;
        return new StoredArticle(reader.GetInt64(0), reader.GetString(1), Text(reader, 2), Text(reader, 3), reader.GetString(4), reader.GetInt32(5), reader.GetInt32(6),
            Text(reader, 7), Text(reader, 8), reader.IsDBNull(9) ? null : reader.GetInt64(9));
    }

    public IReadOnlyList<ArticleStatement> Statements(long articleId)
    {
        using var command = Command("""SELECT fact_id, quote, start, "end" FROM kb_sources WHERE article_id = @id ORDER BY start, fact_id""", ("@id", articleId));
        using var reader = command.ExecuteReader();
        var result = new List<ArticleStatement>();
        while (reader.Read()) result.Add(new ArticleStatement(reader.GetInt64(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3)));
        return result;
    }

    public int UserCount()
    {
        using var command = Command("SELECT COUNT(*) FROM workspace_users");
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public IReadOnlyList<WorkspaceUser> Users()
    {
        using var command = Command("SELECT name, role, password_hash, token_hash FROM workspace_users ORDER BY name");
        using var reader = command.ExecuteReader();
        var users = new List<WorkspaceUser>();
        while (reader.Read()) users.Add(new WorkspaceUser(reader.GetString(0), reader.GetString(1), reader.GetString(2), Text(reader, 3)));
        return users;
    }

    public WorkspaceUser? User(string name) => OneUser("SELECT name, role, password_hash, token_hash FROM workspace_users WHERE name = @v", name);

    public WorkspaceUser? UserByTokenHash(string tokenHash) => OneUser("SELECT name, role, password_hash, token_hash FROM workspace_users WHERE token_hash = @v", tokenHash);

    public void AddUser(WorkspaceUser user)
    {
        if (User(user.Name) is not null) throw new InvalidOperationException($"a user named '{user.Name}' already exists");
        using var command = Command("INSERT INTO workspace_users (name, role, password_hash, token_hash) VALUES (@name, @role, @hash, @token)",
            ("@name", user.Name), ("@role", user.Role), ("@hash", user.PasswordHash), ("@token", user.TokenHash));
        command.ExecuteNonQuery();
    }

    public void SetTokenHash(string name, string tokenHash)
    {
        using var command = Command("UPDATE workspace_users SET token_hash = @token WHERE name = @name", ("@token", tokenHash), ("@name", name));
        if (command.ExecuteNonQuery() == 0) throw new InvalidOperationException($"no user named '{name}'");
    }

    private WorkspaceUser? OneUser(string sql, string value)
    {
        using var command = Command(sql, ("@v", value));
        using var reader = command.ExecuteReader();
        return reader.Read() ? new WorkspaceUser(reader.GetString(0), reader.GetString(1), reader.GetString(2), Text(reader, 3)) : null;
    }

    private AuditEntry Audit(DbTransaction transaction, string user, long factId, string action, string? before, string? after, string? reason)
    {
        var at = _clock.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture);
        using var insert = Command("INSERT INTO review_audit (at, user_name, fact_id, action, before, after, reason) VALUES (@at, @user, @fact, @action, @before, @after, @reason) RETURNING id",
            ("@at", at), ("@user", user), ("@fact", factId), ("@action", action), ("@before", before), ("@after", after), ("@reason", reason));
        insert.Transaction = transaction;
        return new AuditEntry((long)insert.ExecuteScalar()!, at, user, factId, action, before, after, reason);
    }

    private DbCommand Command(string sql, params (string Name, object? Value)[] parameters) => _store.Command(sql, parameters);

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

}
