using Entente.Core.Domain;
using Entente.Core.Storage;
using Entente.Core.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Entente.Core.Tests.Storage;

/// <summary>The store's own promises, on every backend: schema versions, content claimed once, concurrent writers.</summary>
public class StoreTests
{
    private static readonly LocalityPartnership Twinning = new([new Place("Hanoi", "VN"), new Place("Minsk", "BY")]);

    private static DocumentToStore Document(string source, string hash, params Fact[] facts)
    {
        var text = $"Statement of {source} with words of its own {hash} {Guid.NewGuid():N} {Guid.NewGuid():N} about twinned cities and trade.";
        var article = new Article
        {
            Source = source, Title = $"Story {source}", Published = "2025-01-02", Text = text, RawText = text,
            RawIndex = Enumerable.Range(0, text.Length).ToArray(), Start = 0, End = text.Length, Outlet = source,
        };
        var withEvidence = facts.Select(f => f with { Evidence = new Evidence(source, 0, 9, text[..9]) }).ToList();
        return new DocumentToStore(source, hash, text, [new ExtractedArticle(article, withEvidence, "BY-VN")]);
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void A_new_store_is_at_the_latest_schema_version_and_opening_it_again_changes_nothing(string backend)
    {
        using var location = TestStores.NewLocation(backend);
        var latest = (location.IsPostgreSql ? StoreMigrations.PostgreSql : StoreMigrations.Sqlite)[^1].Version;
        using (var store = location.Open()) Assert.Equal(latest, store.SchemaVersion);
        using (var again = location.Open()) Assert.Equal(latest, again.SchemaVersion);
        Assert.Equal(latest, location.Count("schema_migrations"));
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void A_store_newer_than_the_program_is_refused_in_one_line(string backend)
    {
        using var location = TestStores.NewLocation(backend);
        using (var store = location.Open())
        using (var future = store.Command("INSERT INTO schema_migrations (version, description, applied_at) VALUES (999, 'from the future', '2099')"))
            future.ExecuteNonQuery();
        var refused = Assert.Throws<StoreException>(location.Open);
        Assert.Contains("version 999, newer than this program's", refused.Message);
        Assert.DoesNotContain('\n', refused.Message);
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void Both_schemas_have_the_same_versions(string backend)
    {
        _ = backend;
        Assert.Equal(StoreMigrations.Sqlite.Select(m => m.Version), StoreMigrations.PostgreSql.Select(m => m.Version));
        Assert.Equal(StoreMigrations.Sqlite.Select(m => m.Version), Enumerable.Range(1, StoreMigrations.Sqlite.Count));
    }

    [Fact]
    public void A_sqlite_store_from_before_versioning_is_adopted_with_its_data()
    {
        using var location = TestStores.NewLocation(TestStores.Sqlite);
        using (var connection = new SqliteConnection($"Data Source={location.Location};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = StoreMigrations.Sqlite[0].Sql + "INSERT INTO documents (source, content_hash, ingested_at, size) VALUES ('old.txt', 'old', '2024', 1);";
            command.ExecuteNonQuery();
        }
        using var store = location.Open();
        Assert.Equal(StoreMigrations.Sqlite[^1].Version, store.SchemaVersion);
        Assert.True(store.HasDocument("old"));
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void The_same_content_stored_twice_is_already_stored_the_second_time(string backend)
    {
        using var location = TestStores.NewLocation(backend);
        using var store = location.Open();
        var document = Document("a.txt", "same", Twinning);
        Assert.False(store.StoreDocument(document).AlreadyStored);
        var second = store.StoreDocument(document);
        Assert.True(second.AlreadyStored);
        Assert.Equal(0, second.NewArticles);
        Assert.Equal(1, location.Count("documents"));
        Assert.Equal(1, location.Count("articles"));
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void Writers_storing_the_same_content_at_once_store_it_once_without_an_error(string backend)
    {
        using var location = TestStores.NewLocation(backend);
        var document = Document("a.txt", "same", Twinning);
        var results = AtOnce(location, 6, _ => document);
        Assert.Equal(1, results.Count(r => !r.AlreadyStored));
        Assert.Equal(1, location.Count("documents"));
        Assert.Equal(1, location.Count("kb_facts"));
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void Writers_meeting_the_same_fact_at_once_make_one_fact_with_a_source_each(string backend)
    {
        using var location = TestStores.NewLocation(backend);
        var trade = new Trade(["VN", "BY"], "total", new Money(60_000_000, "USD"), new Period("2024", "2024"));
        var other = new Trade(["VN", "BY"], "total", new Money(65_000_000, "USD"), new Period("2024", "2024"));
        var results = AtOnce(location, 6, i => Document($"site{i}.txt", $"h{i}", Twinning, i % 3 == 0 ? other : trade));
        Assert.All(results, r => Assert.False(r.AlreadyStored));
        using var store = location.Open();
        var twinning = Assert.Single(store.Facts(new FactQuery("BY-VN", "locality_partnership")));
        Assert.Equal(6, twinning.Sources.Count);
        var trades = store.Facts(new FactQuery("BY-VN", "trade"));
        Assert.Equal(2, trades.Count);
        Assert.Equal([4, 2], trades.Select(t => t.Sources.Count).OrderDescending());
        Assert.All(trades, t => Assert.Single(t.Conflicts));
    }

    /// <summary>Stores one document per writer, each writer on its own connection, all released at the same moment.</summary>
    private static List<StoreResult> AtOnce(TestStoreLocation location, int writers, Func<int, DocumentToStore> document)
    {
        var stores = Enumerable.Range(0, writers).Select(_ => location.Open()).ToList();
        try
        {
            using var start = new Barrier(writers);
            var tasks = stores.Select((store, i) => Task.Factory.StartNew(() =>
            {
                var mine = document(i);
                start.SignalAndWait();
                return store.StoreDocument(mine);
            }, TaskCreationOptions.LongRunning)).ToArray();
            return [.. tasks.Select(t => t.Result)];
        }
        finally
        {
            foreach (var store in stores) store.Dispose();
        }
    }
}
