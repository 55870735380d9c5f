using System.Data.Common;
using System.Text.Json;
using Entente.Core.Domain;
using Entente.Core.Extraction;
using Entente.Core.Knowledge;

namespace Entente.Core.Storage;

/// <summary>The knowledge base half of the store: reconciliation writes and fact queries.</summary>
public abstract partial class RelationalStore
{
    /// <summary>Facts read per round of their sources, conflicts and pairs; a page of <see cref="EnumerateFacts"/>.</summary>
    public const int PageSize = 500;

    public IReadOnlyList<KnowledgeFact> Facts(FactQuery query) => [.. EnumerateFacts(query)];

    public IEnumerable<KnowledgeFact> EnumerateFacts(FactQuery query)
    {
        // A query with its own small limit is one page; any other is read in pages, each starting after the last id read.
        if (query.Limit is { } limit && limit <= PageSize || query.Order != FactOrder.Id)
        {
            foreach (var fact in Page(query)) yield return fact;
            yield break;
        }
        var remaining = query.Limit ?? int.MaxValue;
        var after = query.AfterId;
        while (remaining > 0)
        {
            var page = Page(query with { AfterId = after, Limit = Math.Min(PageSize, remaining) });
            foreach (var fact in page) yield return fact;
            if (page.Count < PageSize) yield break;
            remaining -= page.Count;
            after = page[^1].Id;
        }
    }

    public int Count(FactQuery query)
    {
        var (from, where, parameters) = Filter(query);
        using var command = Command($"SELECT COUNT(*) {from} {where}", [.. parameters]);
        return Convert.ToInt32(command.ExecuteScalar());
    }

    public (IReadOnlyList<IReadOnlyList<long>> Groups, int Total) ConflictGroups(FactQuery query, int limit)
    {
        if (query.Pair is null) throw new ArgumentException("conflict groups are read for a pair", nameof(query));
        // Facts that joined a group are in a small partial index; a group's first fact has the group's id.
        var visible = query.ExcludeHidden ? $"AND {NotHidden("c.fact_id")}" : "";
        var members = new Dictionary<long, List<(long Id, string? Date)>>();
        void Read(string sql)
        {
            using var command = Command(sql, ("@pair", query.Pair));
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var group = reader.GetInt64(0);
                if (!members.TryGetValue(group, out var list)) members[group] = list = [];
                list.Add((reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
            }
        }
        Read($"SELECT c.conflict_group, c.fact_id, c.sort_date FROM kb_fact_pairs c WHERE c.pair = @pair AND c.conflict_group <> c.fact_id {visible}");
        foreach (var chunk in members.Keys.ToList().Chunk(PageSize))
            Read($"SELECT c.fact_id, c.fact_id, c.sort_date FROM kb_fact_pairs c WHERE c.pair = @pair AND c.fact_id IN ({string.Join(',', chunk)}) {visible}");
        var present = members.Where(g => g.Value.Count > 1)
            .Select(g => (Members: g.Value.Select(m => m.Id).Order().ToList(), Latest: g.Value.Select(m => m.Date ?? "").Max(StringComparer.Ordinal)!))
            .OrderByDescending(g => g.Latest, StringComparer.Ordinal).ThenByDescending(g => g.Members[0]).ToList();
        return ([.. present.Take(limit).Select(g => (IReadOnlyList<long>)g.Members)], present.Count);
    }

    public PairReach Reach(FactQuery query)
    {
        if (query.Pair is null) throw new ArgumentException("the reach is read for a pair", nameof(query));
        using var command = Command("SELECT COUNT(*), MIN(published), MAX(published) FROM kb_pair_articles WHERE pair = @pair", ("@pair", query.Pair));
        using var reader = command.ExecuteReader();
        reader.Read();
        return new PairReach(Convert.ToInt32(reader.GetValue(0)), Nullable(reader, 1), Nullable(reader, 2));
    }

    /// <summary>One page: the facts the query selects, in its order, each with its sources, conflicts and pairs.</summary>
    private List<KnowledgeFact> Page(FactQuery query)
    {
        var (from, where, parameters) = Filter(query);
        var id = query.Pair is null ? "f.id" : "p.fact_id";
        var sort = query.Pair is null ? "f.sort_date" : "p.sort_date";
        string Order(string on, string key) => query.Order switch
        {
            FactOrder.Newest => $"{on} DESC NULLS LAST, {key} DESC",
            FactOrder.Oldest => $"{on} NULLS FIRST, {key}",
            _ => key,
        };
        var join = query.Pair is null ? "" : "JOIN kb_facts f ON f.id = p.fact_id";
        string sql;
        var types = TypesOf(query);
        if (query is { Pair: not null, Order: not FactOrder.Id, Limit: { } latest } && types.Count > 1)
        {
            // The latest of several types: the latest of each type, each an ordered range of the pair's index, then the latest of those.
            var parts = types.Select((type, i) =>
            {
                var (_, part, _) = Filter(query with { Type = null, Types = [type] });
                return $"SELECT * FROM (SELECT p.fact_id, p.sort_date {from} {part} ORDER BY {Order("p.sort_date", "p.fact_id")} LIMIT {latest}) AS t{i}";
            });
            sql = $"""
                SELECT f.id, f.payload, f.conflict_group FROM ({string.Join(" UNION ALL ", parts)}) AS p {join}
                ORDER BY {Order("p.sort_date", "p.fact_id")} LIMIT {latest}
                """;
        }
        else
        {
            sql = $"SELECT f.id, f.payload, f.conflict_group {from} {join} {where} ORDER BY {Order(sort, id)}";
            if (query.Limit is { } limit) sql += $" LIMIT {limit}";
        }

        var rows = new List<(long Id, string Payload, long Group)>();
        using (var command = Command(sql, [.. parameters]))
        using (var reader = command.ExecuteReader())
            while (reader.Read()) rows.Add((reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2)));

        var sources = SourcesOf(rows.Select(r => r.Id), query.SourcesPerFact);
        var groups = GroupMembers(rows.Select(r => r.Group).Distinct());
        var pairs = PairsOf(rows.Select(r => r.Id));
        var facts = new List<KnowledgeFact>(rows.Count);
        foreach (var (factId, payload, group) in rows)
        {
            var conflicts = groups.TryGetValue(group, out var members) ? members.Where(m => m != factId).ToList() : [];
            var (read, total) = sources.GetValueOrDefault(factId);
            facts.Add(new KnowledgeFact(factId, Reconciler.FromPayload(payload), read ?? [], conflicts, pairs.GetValueOrDefault(factId) ?? [])
            {
                MoreSources = read is null ? 0 : total - read.Count,
            });
        }
        return facts;
    }

    /// <summary>
    /// The FROM and WHERE of a query. With a pair, every condition is on the pair's own rows
    /// (kb_fact_pairs keeps each fact's type, sort date, planned flag and conflict group beside the
    /// pair), so a query on one pair is a range of its index, whatever the size of the store.
    /// </summary>
    private static (string From, string Where, List<(string, object?)> Parameters) Filter(FactQuery query)
    {
        var pair = query.Pair is not null;
        var t = pair ? "p" : "f";
        var id = pair ? "p.fact_id" : "f.id";
        var where = new List<string>();
        var parameters = new List<(string, object?)>();
        if (pair)
        {
            where.Add("p.pair = @pair");
            parameters.Add(("@pair", query.Pair));
        }
        var types = TypesOf(query);
        if (types.Count > 0) where.Add($"{t}.type IN ({string.Join(", ", types.Select(type => $"'{type}'"))})");
        if (query.Planned is { } planned) where.Add($"{t}.planned = {(planned ? 1 : 0)}");
        if (query.Since is not null)
        {
            // The sort date is the fact's own date, else its first report's: exactly what --since compares.
            where.Add($"{t}.sort_date >= @since");
            parameters.Add(("@since", query.Since));
        }
        if (query.NewSince is not null)
        {
            where.Add($"({t}.sort_date >= @newSince OR (SELECT MIN(a.published) FROM kb_sources s JOIN articles a ON a.id = s.article_id WHERE s.fact_id = {id}) >= @newSince)");
            parameters.Add(("@newSince", query.NewSince));
        }
        if (query.Ids is { } ids) where.Add(ids.Count == 0 ? "1 = 0" : $"{id} IN ({string.Join(',', ids)})");
        if (query.AfterId is { } after) where.Add($"{id} > {after}");
        if (query.ExcludeHidden) where.Add(NotHidden(id));
        if (query.OnePerConflictGroup)
        {
            if (!pair) throw new ArgumentException("one fact per conflict group is chosen within a pair", nameof(query));
            // Within each group of the pair's facts, the one most sources give (then the oldest), as a trade series shows it.
            var sameTypes = types.Count > 0 ? $"AND c.type IN ({string.Join(", ", types.Select(type => $"'{type}'"))})" : "";
            where.Add($"""
                p.fact_id IN (SELECT ranked.id FROM (
                    SELECT c.fact_id AS id, ROW_NUMBER() OVER (PARTITION BY c.conflict_group
                        ORDER BY (SELECT COUNT(*) FROM kb_sources s WHERE s.fact_id = c.fact_id) DESC, c.fact_id) AS rank
                    FROM kb_fact_pairs c WHERE c.pair = @pair {sameTypes} {(query.ExcludeHidden ? $"AND {NotHidden("c.fact_id")}" : "")}) ranked
                WHERE ranked.rank = 1)
                """);
        }
        var from = pair ? "FROM kb_fact_pairs p" : "FROM kb_facts f";
        return (from, where.Count == 0 ? "WHERE 1 = 1" : "WHERE " + string.Join(" AND ", where), parameters);
    }

    /// <summary>The types a query names, each checked to be a fact type (they are written into the SQL as literals).</summary>
    private static List<string> TypesOf(FactQuery query)
    {
        var types = (query.Types ?? []).Concat(query.Type is null ? [] : [query.Type]).Distinct().ToList();
        foreach (var type in types)
            if (!FactTypes.All.Contains(type)) throw new ArgumentException($"'{type}' is not a fact type", nameof(query));
        return types;
    }

    private static string NotHidden(string id) =>
        $"NOT EXISTS (SELECT 1 FROM review_state r WHERE r.fact_id = {id} AND (r.status = '{ReviewStatus.Rejected}' OR r.merged_into IS NOT NULL))";

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

    /// <summary>The sources of these facts in order of publication, all of them or the first few of each, and how many each fact has.</summary>
    private Dictionary<long, (List<FactSource> Read, int Total)> SourcesOf(IEnumerable<long> ids, int? perFact)
    {
        var result = new Dictionary<long, (List<FactSource> Read, int Total)>();
        foreach (var chunk in ids.Chunk(PageSize))
        {
            // With a limit, the first sources of each fact are chosen from its own rows (date beside each) before any article is read.
            var from = perFact is null
                ? $"(SELECT fact_id, article_id, quote, start, \"end\", published, 0 AS total FROM kb_sources WHERE fact_id IN ({string.Join(',', chunk)})) s"
                : $"""
                  (SELECT * FROM (SELECT fact_id, article_id, quote, start, "end", published,
                          ROW_NUMBER() OVER (PARTITION BY fact_id ORDER BY published, article_id) AS rank, COUNT(*) OVER (PARTITION BY fact_id) AS total
                      FROM kb_sources WHERE fact_id IN ({string.Join(',', chunk)})) ranked WHERE rank <= {perFact}) s
                  """;
            using var command = Command($"""
                SELECT s.fact_id, a.source, a.id, a.outlet, a.published, a.title, s.quote, s.start, s."end", a.url,
                    (SELECT string_agg(ap.pair, ' ') FROM article_pairs ap WHERE ap.article_id = a.id), s.total
                FROM {from} JOIN articles a ON a.id = s.article_id
                ORDER BY s.published, s.article_id
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
                if (!result.TryGetValue(id, out var entry)) result[id] = entry = ([], Convert.ToInt32(reader.GetValue(11)));
                entry.Read.Add(source);
            }
        }
        if (perFact is null)
            foreach (var id in result.Keys.ToList()) result[id] = (result[id].Read, result[id].Read.Count);
        return result;
    }

    private Dictionary<long, List<long>> GroupMembers(IEnumerable<long> groups)
    {
        var result = new Dictionary<long, List<long>>();
        foreach (var chunk in groups.Chunk(PageSize))
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
        foreach (var chunk in ids.Chunk(PageSize))
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

    /// <summary>The id of the row last inserted into the table by this connection, as SQL (for statements sent with the insert).</summary>
    protected abstract string LastId(string table);

    /// <summary>
    /// Reconciliation's view of the store, inside one input's transaction, in few round trips: the
    /// candidates of an article's facts are read in one query before it is reconciled and kept up to
    /// date as facts are added (the transaction's locks keep other writers off these identities); the
    /// writes whose result nothing waits for (sources, pairs, replaced payloads) are queued and sent
    /// with the next statement that must go, a new fact's insert or the article's end.
    /// </summary>
    private sealed class KnowledgeSession(RelationalStore store, DbTransaction transaction) : IKnowledgeSession
    {
        private readonly Dictionary<(string Type, string Exact), List<StoredIdentity>> _candidates = [];
        private readonly StatementBatch _pending = new();

        /// <summary>The publication date of the article being added: a fact without a date of its own is sorted by its first report.</summary>
        public string? Published { get; set; }

        /// <summary>The pair the article being added is about, if any.</summary>
        public string? ArticlePair { get; set; }

        /// <summary>Reads the stored facts of these identities in one query (chunked), for the facts about to be reconciled.</summary>
        public void ReadAhead(IEnumerable<(string Type, string Exact)> identities)
        {
            var missing = identities.Distinct().Where(k => !_candidates.ContainsKey(k)).ToList();
            if (missing.Count == 0) return;
            Flush();
            foreach (var chunk in missing.Chunk(100))
            {
                foreach (var key in chunk) _candidates[key] = [];
                var terms = string.Join(" OR ", chunk.Select((_, i) => $"(type = @t{i} AND exact = @e{i})"));
                using var command = Bound($"SELECT id, name, value, conflict_group, payload, type, exact FROM kb_facts WHERE {terms} ORDER BY id",
                    [.. chunk.SelectMany((key, i) => new (string, object?)[] { ($"@t{i}", key.Type), ($"@e{i}", key.Exact) })]);
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    IReadOnlySet<string>? name = reader.IsDBNull(1) ? null : new SortedSet<string>(reader.GetString(1).Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
                    var values = JsonSerializer.Deserialize<string[]>(reader.GetString(2))!;
                    _candidates[(reader.GetString(5), reader.GetString(6))].Add(new StoredIdentity(reader.GetInt64(0), name, values, reader.GetInt64(3), reader.GetString(4)));
                }
            }
        }

        public IReadOnlyList<StoredIdentity> Candidates(string type, string exact)
        {
            ReadAhead([(type, exact)]);
            return [.. _candidates[(type, exact)]];
        }

        public long AddFact(Fact fact, FactIdentity identity, string payload, long? conflictGroup, IReadOnlySet<string> pairs)
        {
            var date = FactDates.Primary(fact);
            var own = FactCountries.OwnPair(fact);
            var last = store.LastId("kb_facts");
            var batch = new StatementBatch();
            batch.Add("""
                INSERT INTO kb_facts (type, exact, name, value, payload, conflict_group, date, sort_date, planned)
                VALUES (@type, @exact, @name, @value, @payload, 0, @date, @sort, @planned) RETURNING id
                """,
                ("@type", fact.Type), ("@exact", identity.Exact), ("@name", identity.Name is null ? null : NameKey.Join(identity.Name)),
                ("@value", JsonSerializer.Serialize(identity.Values)), ("@payload", payload), ("@date", date), ("@sort", date ?? Published),
                ("@planned", FactStatus.IsPlanned(fact) ? 1 : 0));
            batch.Add($"UPDATE kb_facts SET conflict_group = {(conflictGroup is { } group ? group.ToString(System.Globalization.CultureInfo.InvariantCulture) : last)} WHERE id = {last}");
            // A new fact has no sources yet: only its rows beside each pair.
            foreach (var pair in pairs)
                batch.Add($"""
                    INSERT INTO kb_fact_pairs (fact_id, pair, type, sort_date, planned, conflict_group, own)
                    SELECT id, @pair, type, sort_date, planned, conflict_group, @own FROM kb_facts WHERE id = {last}
                    """, ("@pair", pair), ("@own", pair == own ? 1 : 0));
            batch.Append(_pending);
            long id;
            using (var command = batch.Command(store, transaction))
            using (var reader = command.ExecuteReader())
            {
                reader.Read();
                id = reader.GetInt64(0);
                while (reader.NextResult())
                {
                }
            }
            _pending.Clear();
            if (_candidates.TryGetValue((fact.Type, identity.Exact), out var known))
                known.Add(new StoredIdentity(id, identity.Name, identity.Values, conflictGroup ?? id, payload));
            return id;
        }

        public void ReplacePayload(long factId, string payload, FactIdentity identity)
        {
            // The dates and planned flag follow the payload, on the fact and beside each of its pairs.
            var fact = Reconciler.FromPayload(payload);
            _pending.Add($"""
                UPDATE kb_facts SET payload = @payload, value = @value, date = @date, planned = @planned,
                    sort_date = COALESCE(@date, (SELECT MIN(s.published) FROM kb_sources s WHERE s.fact_id = @id), {(Published is null ? "NULL" : "@published")})
                WHERE id = @id
                """,
                [("@payload", payload), ("@value", JsonSerializer.Serialize(identity.Values)), ("@date", FactDates.Primary(fact)),
                    ("@planned", FactStatus.IsPlanned(fact) ? 1 : 0), ("@id", factId), .. Published is null ? [] : new (string, object?)[] { ("@published", Published) }]);
            _pending.Add("UPDATE kb_fact_pairs SET sort_date = (SELECT f.sort_date FROM kb_facts f WHERE f.id = @id), planned = @planned WHERE fact_id = @id",
                ("@planned", FactStatus.IsPlanned(fact) ? 1 : 0), ("@id", factId));
            foreach (var list in _candidates.Values)
                for (var i = 0; i < list.Count; i++)
                    if (list[i].Id == factId) list[i] = list[i] with { Payload = payload, Values = identity.Values };
        }

        public void AddSource(long factId, long articleId, Evidence evidence)
        {
            var published = Published is null ? "NULL" : "@published";
            (string, object?)[] parameters = [("@fact", factId), ("@article", articleId), .. Published is null ? [] : new (string, object?)[] { ("@published", Published) }];
            _pending.Add($"""
                INSERT INTO kb_sources (fact_id, article_id, quote, start, "end", published) VALUES (@fact, @article, @quote, @start, @end, {published}) ON CONFLICT DO NOTHING
                """, [.. parameters, ("@quote", evidence.Quote), ("@start", evidence.Start), ("@end", evidence.End)]);
            if (Published is not null)
            {
                // An earlier report moves the sort date of a fact that has no date of its own.
                _pending.Add("UPDATE kb_facts SET sort_date = @published WHERE id = @fact AND date IS NULL AND (sort_date IS NULL OR sort_date > @published)", parameters);
                _pending.Add("""
                    UPDATE kb_fact_pairs SET sort_date = @published WHERE fact_id = @fact AND (sort_date IS NULL OR sort_date > @published)
                        AND EXISTS (SELECT 1 FROM kb_facts f WHERE f.id = @fact AND f.date IS NULL)
                    """, parameters);
            }
            // The article counts for each pair the fact is filed under that it is about (all of them when it is about no pair) and for the fact's own pair.
            var counted = ArticlePair is null ? "" : "AND (p.own = 1 OR p.pair = @articlePair)";
            _pending.Add($"""
                INSERT INTO kb_pair_articles (pair, article_id, published)
                SELECT p.pair, @article, {published} FROM kb_fact_pairs p WHERE p.fact_id = @fact {counted}
                ON CONFLICT DO NOTHING
                """, [.. parameters, .. ArticlePair is null ? [] : new (string, object?)[] { ("@articlePair", ArticlePair) }]);
        }

        public void AddPairs(long factId, IReadOnlySet<string> pairs, string? ownPair)
        {
            foreach (var pair in pairs)
            {
                // The fact's earlier sources count for the new pair when it is the fact's own, or when their articles are about no pair.
                _pending.Add("""
                    INSERT INTO kb_fact_pairs (fact_id, pair, type, sort_date, planned, conflict_group, own)
                    SELECT id, @pair, type, sort_date, planned, conflict_group, @own FROM kb_facts WHERE id = @id ON CONFLICT DO NOTHING
                    """, ("@id", factId), ("@pair", pair), ("@own", pair == ownPair ? 1 : 0));
                _pending.Add("""
                    INSERT INTO kb_pair_articles (pair, article_id, published)
                    SELECT @pair, s.article_id, s.published FROM kb_sources s
                    WHERE s.fact_id = @id AND (@own = 1 OR NOT EXISTS (SELECT 1 FROM article_pairs x WHERE x.article_id = s.article_id))
                    ON CONFLICT DO NOTHING
                    """, ("@id", factId), ("@pair", pair), ("@own", pair == ownPair ? 1 : 0));
            }
        }

        /// <summary>Sends the queued writes, with one more statement when given, in one round trip.</summary>
        public void Flush(string? sql = null, params (string, object?)[] parameters)
        {
            if (sql is not null) _pending.Add(sql, parameters);
            if (_pending.Count == 0) return;
            using (var command = _pending.Command(store, transaction)) command.ExecuteNonQuery();
            _pending.Clear();
        }

        private DbCommand Bound(string sql, params (string, object?)[] parameters) => store.Command(sql, transaction, parameters);
    }
}
