using System.Text.Json;
using Entente.Core.Knowledge;
using System.Data.Common;

namespace Entente.Core.Storage;

/// <summary>The knowledge base half of the store: reconciliation writes and fact queries.</summary>
public abstract partial class RelationalStore
{
    public IReadOnlyList<KnowledgeFact> Facts(FactQuery query)
    {
        // With a pair, the pair index drives the query, so its cost follows the pair's size, not the store's.
        var sql = query.Pair is null
            ? "SELECT f.id, f.payload, f.conflict_group, f.date FROM kb_facts f"
            : "SELECT f.id, f.payload, f.conflict_group, f.date FROM kb_fact_pairs p JOIN kb_facts f ON f.id = p.fact_id";
        var where = new List<string>();
        var parameters = new List<(string, object?)>();
        if (query.Pair is not null)
        {
            where.Add("p.pair = @pair");
            parameters.Add(("@pair", query.Pair));
        }
        if (query.Type is not null)
        {
            where.Add("f.type = @type");
            parameters.Add(("@type", query.Type));
        }
        if (query.Since is not null)
        {
            // A superset in SQL (a fact without its own date is dated by its sources), the exact filter below.
            where.Add("(f.date IS NULL OR f.date >= @since)");
            parameters.Add(("@since", query.Since));
        }
        if (where.Count > 0) sql += " WHERE " + string.Join(" AND ", where);
        sql += " ORDER BY f.id";

        var rows = new List<(long Id, string Payload, long Group)>();
        using (var command = Command(sql, [.. parameters]))
        using (var reader = command.ExecuteReader())
            while (reader.Read()) rows.Add((reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2)));

        var sources = SourcesOf(rows.Select(r => r.Id));
        var groups = GroupMembers(rows.Select(r => r.Group).Distinct());
        var pairs = PairsOf(rows.Select(r => r.Id));
        var facts = new List<KnowledgeFact>(rows.Count);
        foreach (var (id, payload, group) in rows)
        {
            var conflicts = groups.TryGetValue(group, out var members) ? members.Where(m => m != id).ToList() : [];
            var fact = new KnowledgeFact(id, Reconciler.FromPayload(payload), sources.GetValueOrDefault(id) ?? [], conflicts, pairs.GetValueOrDefault(id) ?? []);
            if (query.Since is null || string.CompareOrdinal(fact.Date ?? "", query.Since) >= 0) facts.Add(fact);
        }
        return facts;
    }

    public IReadOnlyList<PairSummary> Pairs()
    {
        const string sql = """
            SELECT pair, SUM(articles), SUM(facts) FROM (
                SELECT pair, COUNT(DISTINCT article_id) AS articles, 0 AS facts FROM article_pairs GROUP BY pair
                UNION ALL
                SELECT pair, 0, COUNT(*) FROM kb_fact_pairs GROUP BY pair) AS counts
            GROUP BY pair ORDER BY SUM(facts) DESC, pair
            """;
        using var command = Command(sql);
        using var reader = command.ExecuteReader();
        var pairs = new List<PairSummary>();
        while (reader.Read()) pairs.Add(new PairSummary(reader.GetString(0), Convert.ToInt32(reader.GetValue(1)), Convert.ToInt32(reader.GetValue(2))));
        return pairs;
    }

    private Dictionary<long, List<FactSource>> SourcesOf(IEnumerable<long> ids)
    {
        var result = new Dictionary<long, List<FactSource>>();
        foreach (var chunk in ids.Chunk(500))
        {
            using var command = Command($"""
                SELECT s.fact_id, a.source, a.id, a.outlet, a.published, a.title, s.quote, s.start, s."end", a.url,
                    (SELECT string_agg(ap.pair, ' ') FROM article_pairs ap WHERE ap.article_id = a.id)
                FROM kb_sources s JOIN articles a ON a.id = s.article_id
                WHERE s.fact_id IN ({string.Join(',', chunk)}) ORDER BY a.published, a.id
                """);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var source = new FactSource(reader.GetString(1), reader.GetInt64(2), Nullable(reader, 3), Nullable(reader, 4), Nullable(reader, 5),
                    reader.GetString(6), reader.GetInt32(7), reader.GetInt32(8))
                {
                    Url = Nullable(reader, 9),
                    ArticlePairs = Nullable(reader, 10)?.Split(' ') ?? [],
                };
                var id = reader.GetInt64(0);
                if (!result.TryGetValue(id, out var list)) result[id] = list = [];
                list.Add(source);
            }
        }
        return result;
    }

    private Dictionary<long, List<long>> GroupMembers(IEnumerable<long> groups)
    {
        var result = new Dictionary<long, List<long>>();
        foreach (var chunk in groups.Chunk(500))
        {
            using var command = Command($"SELECT conflict_group, id FROM kb_facts WHERE conflict_group IN ({string.Join(',', chunk)}) ORDER BY id");
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var group = reader.GetInt64(0);
                if (!result.TryGetValue(group, out var list)) result[group] = list = [];
                list.Add(reader.GetInt64(1));
            }
        }
        return result;
    }

    private Dictionary<long, List<string>> PairsOf(IEnumerable<long> ids)
    {
        var result = new Dictionary<long, List<string>>();
        foreach (var chunk in ids.Chunk(500))
        {
            using var command = Command($"SELECT fact_id, pair FROM kb_fact_pairs WHERE fact_id IN ({string.Join(',', chunk)}) ORDER BY pair");
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var id = reader.GetInt64(0);
                if (!result.TryGetValue(id, out var list)) result[id] = list = [];
                list.Add(reader.GetString(1));
            }
        }
        return result;
    }

    private static string? Nullable(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    /// <summary>Reconciliation's view of the store, inside one input's transaction.</summary>
    private sealed class KnowledgeSession(RelationalStore store, DbTransaction transaction) : IKnowledgeSession
    {
        public IReadOnlyList<StoredIdentity> Candidates(string type, string exact)
        {
            using var command = Bound("SELECT id, name, value, conflict_group, payload FROM kb_facts WHERE type = @type AND exact = @exact ORDER BY id",
                ("@type", type), ("@exact", exact));
            using var reader = command.ExecuteReader();
            var result = new List<StoredIdentity>();
            while (reader.Read())
            {
                IReadOnlySet<string>? name = reader.IsDBNull(1) ? null : new SortedSet<string>(reader.GetString(1).Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
                var values = JsonSerializer.Deserialize<string[]>(reader.GetString(2))!;
                result.Add(new StoredIdentity(reader.GetInt64(0), name, values, reader.GetInt64(3), reader.GetString(4)));
            }
            return result;
        }

        public long AddFact(string type, FactIdentity identity, string payload, long? conflictGroup, IReadOnlySet<string> pairs, string? date)
        {
            using var insert = Bound(
                "INSERT INTO kb_facts (type, exact, name, value, payload, conflict_group, date) VALUES (@type, @exact, @name, @value, @payload, 0, @date) RETURNING id",
                ("@type", type), ("@exact", identity.Exact), ("@name", identity.Name is null ? null : NameKey.Join(identity.Name)),
                ("@value", JsonSerializer.Serialize(identity.Values)), ("@payload", payload), ("@date", date));
            var id = Convert.ToInt64(insert.ExecuteScalar());
            using var group = Bound("UPDATE kb_facts SET conflict_group = @group WHERE id = @id", ("@group", conflictGroup ?? id), ("@id", id));
            group.ExecuteNonQuery();
            AddPairs(id, pairs);
            return id;
        }

        public void ReplacePayload(long factId, string payload, FactIdentity identity)
        {
            // The date column follows the payload, so that the since filter in SQL stays a superset.
            using var update = Bound("UPDATE kb_facts SET payload = @payload, value = @value, date = @date WHERE id = @id",
                ("@payload", payload), ("@value", JsonSerializer.Serialize(identity.Values)), ("@date", FactDates.Primary(Reconciler.FromPayload(payload))), ("@id", factId));
            update.ExecuteNonQuery();
        }

        public void AddSource(long factId, long articleId, Domain.Evidence evidence)
        {
            using var insert = Bound("""INSERT INTO kb_sources (fact_id, article_id, quote, start, "end") VALUES (@fact, @article, @quote, @start, @end) ON CONFLICT DO NOTHING""",
                ("@fact", factId), ("@article", articleId), ("@quote", evidence.Quote), ("@start", evidence.Start), ("@end", evidence.End));
            insert.ExecuteNonQuery();
        }

        public void AddPairs(long factId, IReadOnlySet<string> pairs)
        {
            foreach (var pair in pairs)
            {
                using var insert = Bound("INSERT INTO kb_fact_pairs (fact_id, pair) VALUES (@id, @pair) ON CONFLICT DO NOTHING", ("@id", factId), ("@pair", pair));
                insert.ExecuteNonQuery();
            }
        }

        private DbCommand Bound(string sql, params (string, object?)[] parameters) => store.Command(sql, transaction, parameters);
    }
}
