namespace Entente.Core.Storage;

/// <summary>One step of a store's schema: applied once, in order, in its own transaction, recorded in schema_migrations.</summary>
public sealed record Migration(int Version, string Description, string Sql);

/// <summary>
/// The schema of each backend as an ordered list of steps. A new table or index is a new step appended
/// to both lists with the next version number; a step already released is never edited, because stores
/// in the field have recorded it as applied. The two lists keep the same versions so that one program
/// version means one schema, whatever the backend.
/// </summary>
public static class StoreMigrations
{
    public static readonly IReadOnlyList<Migration> Sqlite =
    [
        // Version 1 is the schema stores had before versioning; IF NOT EXISTS lets such a store adopt it as is.
        new(1, "documents, articles, near-duplicate bands, knowledge base", """
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
            """),
        // From the plans of the read queries (docs/scaling.md): a fact's pairs are looked up by fact.
        new(2, "index of a fact's pairs by fact", "CREATE INDEX IF NOT EXISTS kb_fact_pairs_by_fact ON kb_fact_pairs(fact_id);"),
        new(3, "a pair's facts by type", PairsByType),
        new(4, "review workspace tables", ReviewsSchema.Sqlite),
        new(5, "what a brief selects by: a fact's sort date, planned flag and conflict group beside each pair", $"""
            ALTER TABLE kb_facts ADD COLUMN sort_date TEXT;
            ALTER TABLE kb_facts ADD COLUMN planned INTEGER NOT NULL DEFAULT 0;
            UPDATE kb_facts SET sort_date = COALESCE(date, ({FirstPublished})),
                planned = CASE WHEN json_extract(payload, '$.status') = 'planned' THEN 1 ELSE 0 END;
            {PairOutline("TEXT", "sort_date, fact_id")}
            """),
        new(6, "the articles stating each pair's facts; sources by article", PairArticles("TEXT", "WITHOUT ROWID")),
        new(7, "claims on inputs being extracted", """
            CREATE TABLE ingest_claims (
                content_hash TEXT PRIMARY KEY,
                worker TEXT NOT NULL,
                expires_at INTEGER NOT NULL
            );
            """),
        new(8, "a source's publication date beside it", SourcesPublished),
    ];

    /// <summary>Text compares byte by byte (COLLATE "C") whatever the server's locale, as in SQLite.</summary>
    public static readonly IReadOnlyList<Migration> PostgreSql =
    [
        new(1, "documents, articles, near-duplicate bands, knowledge base", """
            CREATE TABLE documents (
                id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                source text COLLATE "C" NOT NULL,
                content_hash text COLLATE "C" NOT NULL UNIQUE,
                ingested_at text COLLATE "C" NOT NULL,
                size bigint NOT NULL
            );
            CREATE TABLE articles (
                id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                document_id bigint NOT NULL REFERENCES documents(id),
                source text COLLATE "C" NOT NULL,
                title text COLLATE "C",
                published text COLLATE "C",
                text text COLLATE "C" NOT NULL,
                start integer NOT NULL,
                "end" integer NOT NULL,
                url text COLLATE "C",
                outlet text COLLATE "C",
                signature bytea NOT NULL,
                duplicate_of bigint REFERENCES articles(id)
            );
            CREATE INDEX articles_by_document ON articles(document_id);
            CREATE TABLE article_bands (
                band integer NOT NULL,
                hash bigint NOT NULL,
                article_id bigint NOT NULL REFERENCES articles(id)
            );
            CREATE INDEX article_bands_lookup ON article_bands(band, hash);
            CREATE TABLE article_pairs (
                article_id bigint NOT NULL REFERENCES articles(id),
                pair text COLLATE "C" NOT NULL
            );
            CREATE INDEX article_pairs_by_pair ON article_pairs(pair);
            CREATE TABLE kb_facts (
                id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                type text COLLATE "C" NOT NULL,
                exact text COLLATE "C" NOT NULL,
                name text COLLATE "C",
                value text COLLATE "C" NOT NULL,
                payload text COLLATE "C" NOT NULL,
                conflict_group bigint NOT NULL,
                date text COLLATE "C"
            );
            CREATE INDEX kb_facts_identity ON kb_facts(type, exact);
            CREATE INDEX kb_facts_group ON kb_facts(conflict_group);
            CREATE TABLE kb_fact_pairs (
                fact_id bigint NOT NULL REFERENCES kb_facts(id),
                pair text COLLATE "C" NOT NULL,
                PRIMARY KEY (pair, fact_id)
            );
            CREATE TABLE kb_sources (
                fact_id bigint NOT NULL REFERENCES kb_facts(id),
                article_id bigint NOT NULL REFERENCES articles(id),
                quote text COLLATE "C" NOT NULL,
                start integer NOT NULL,
                "end" integer NOT NULL,
                PRIMARY KEY (fact_id, article_id)
            );
            """),
        new(2, "index of a fact's pairs by fact", "CREATE INDEX kb_fact_pairs_by_fact ON kb_fact_pairs(fact_id);"),
        new(3, "a pair's facts by type", PairsByType),
        new(4, "review workspace tables", ReviewsSchema.PostgreSql),
        new(5, "what a brief selects by: a fact's sort date, planned flag and conflict group beside each pair", $"""
            ALTER TABLE kb_facts ADD COLUMN sort_date text COLLATE "C";
            ALTER TABLE kb_facts ADD COLUMN planned integer NOT NULL DEFAULT 0;
            UPDATE kb_facts SET sort_date = date, planned = CASE WHEN payload::jsonb ->> 'status' = 'planned' THEN 1 ELSE 0 END;
            UPDATE kb_facts SET sort_date = ({FirstPublished}) WHERE date IS NULL;
            {PairOutline("text COLLATE \"C\"", "sort_date DESC NULLS LAST, fact_id DESC")}
            """),
        new(6, "the articles stating each pair's facts; sources by article", PairArticles("text COLLATE \"C\"", "")),
        new(7, "claims on inputs being extracted", """
            CREATE TABLE ingest_claims (
                content_hash text COLLATE "C" PRIMARY KEY,
                worker text COLLATE "C" NOT NULL,
                expires_at bigint NOT NULL
            );
            """),
        new(8, "a source's publication date beside it", SourcesPublished),
    ];

    // The plan of `facts --pair P --type T` read every fact of the type (a tenth of the store) and joined
    // it with the pair's facts; with the type beside the pair, the index gives just the pair's facts of the type.
    private const string PairsByType = """
        ALTER TABLE kb_fact_pairs ADD COLUMN type TEXT;
        UPDATE kb_fact_pairs SET type = (SELECT f.type FROM kb_facts f WHERE f.id = kb_fact_pairs.fact_id);
        CREATE INDEX kb_fact_pairs_by_type ON kb_fact_pairs(pair, type, fact_id);
        """;

    /// <summary>The earliest publication date of a fact's sources (in an UPDATE of kb_facts).</summary>
    private const string FirstPublished = "SELECT MIN(a.published) FROM kb_sources s JOIN articles a ON a.id = s.article_id WHERE s.fact_id = kb_facts.id";

    // A brief shows the latest facts of each section, counts the rest and lists conflicting reports,
    // all from the pair's rows: sort date (the fact's own date, else its first report), planned flag
    // and conflict group are kept beside the pair, so these are index range scans of the pair alone.
    // `own` marks the pair a fact names itself (all its sources count for it); a stored fact filed under a
    // pair that none of its sources' articles is about can only have it as its own (where some are, the
    // old rows say not own: the brief then counts only the pair's articles for it). Which pairs an
    // article is about is looked up by article for every source read.
    // The index is in the order a brief reads it (latest first, undated last; read backwards, oldest
    // first): SQLite sorts NULL first and reads an index either way; PostgreSQL needs the order spelled out.
    private static string PairOutline(string text, string byDate) => $"""
        ALTER TABLE kb_fact_pairs ADD COLUMN sort_date {text};
        ALTER TABLE kb_fact_pairs ADD COLUMN planned INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE kb_fact_pairs ADD COLUMN conflict_group BIGINT NOT NULL DEFAULT 0;
        ALTER TABLE kb_fact_pairs ADD COLUMN own INTEGER NOT NULL DEFAULT 0;
        CREATE INDEX article_pairs_by_article ON article_pairs(article_id);
        UPDATE kb_fact_pairs SET (type, sort_date, planned, conflict_group) =
            (SELECT f.type, f.sort_date, f.planned, f.conflict_group FROM kb_facts f WHERE f.id = kb_fact_pairs.fact_id);
        UPDATE kb_fact_pairs SET own = 1 WHERE NOT EXISTS (SELECT 1 FROM kb_sources s JOIN article_pairs ap ON ap.article_id = s.article_id
            WHERE s.fact_id = kb_fact_pairs.fact_id AND ap.pair = kb_fact_pairs.pair);
        DROP INDEX kb_fact_pairs_by_type;
        CREATE INDEX kb_fact_pairs_by_type ON kb_fact_pairs(pair, type, {byDate});
        CREATE INDEX kb_fact_pairs_conflicted ON kb_fact_pairs(pair, conflict_group) WHERE conflict_group <> fact_id;
        """;

    // A brief says how many articles state the pair's facts and when they were published: kept per pair
    // as sources are added (an article counts for a pair when its fact names the pair itself, or the
    // article is about the pair or about no pair), it is one range of the pair's rows. The review
    // workspace lists an article's statements by article.
    private static string PairArticles(string text, string tableOptions) => $"""
        CREATE TABLE kb_pair_articles (
            pair {text} NOT NULL,
            article_id BIGINT NOT NULL,
            published {text},
            PRIMARY KEY (pair, article_id)
        ) {tableOptions};
        INSERT INTO kb_pair_articles (pair, article_id, published)
        SELECT DISTINCT p.pair, s.article_id, a.published
        FROM kb_fact_pairs p JOIN kb_sources s ON s.fact_id = p.fact_id JOIN articles a ON a.id = s.article_id
        WHERE p.own = 1 OR EXISTS (SELECT 1 FROM article_pairs x WHERE x.article_id = s.article_id AND x.pair = p.pair)
            OR NOT EXISTS (SELECT 1 FROM article_pairs x WHERE x.article_id = s.article_id);
        CREATE INDEX kb_sources_by_article ON kb_sources(article_id);
        """;

    // A brief cites the first sources of a fact by publication date and counts the others: with the
    // date beside each source, they are chosen from the fact's own rows before any article is read.
    private const string SourcesPublished = """
        ALTER TABLE kb_sources ADD COLUMN published TEXT;
        UPDATE kb_sources SET published = (SELECT a.published FROM articles a WHERE a.id = kb_sources.article_id);
        """;
}
