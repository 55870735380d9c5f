using Entente.Core.Domain;
using Entente.Core.Knowledge.Briefing;
using Entente.Core.Storage;
using Entente.Core.Tests.Support;

namespace Entente.Core.Tests.Storage;

/// <summary>What the store computes for a pair, on every backend: the latest facts, counts, dates, reach, conflict groups, pages.</summary>
public class PairQueryTests
{
    private static int _documents;

    /// <summary>Stores one article about a pair with these facts, each quoted from its text.</summary>
    private static void Store(RelationalStore store, string? pair, string published, params Fact[] facts)
    {
        var n = Interlocked.Increment(ref _documents);
        var text = $"Report {n} {Guid.NewGuid():N} {Guid.NewGuid():N} of {published} on the relations of the two countries and their ties.";
        var article = new Article
        {
            Source = $"r{n}.txt", Title = $"Report {n}", Published = published, Text = text, RawText = text,
            RawIndex = [], End = text.Length, Outlet = "Outlet",
        };
        var quoted = facts.Select(f => f with { Evidence = new Evidence(article.Source, 0, 20, text[..20]) }).ToList();
        store.StoreDocument(new DocumentToStore(article.Source, $"hash-{Guid.NewGuid():N}", text, [new ExtractedArticle(article, quoted, pair)]));
    }

    private static Visit VisitIn(int year) => new(new Person($"Minister {year}", "Minister of Foreign Affairs"), "VN", "BY", Period.Single($"{year}-03"));

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void The_latest_facts_of_a_type_come_first_and_the_rest_are_counted(string backend)
    {
        using var location = TestStores.NewLocation(backend);
        using var store = location.Open();
        Store(store, "BY-VN", "2030", [.. Enumerable.Range(2000, 30).Select(VisitIn)]);
        var query = new FactQuery("BY-VN") { Types = ["visit"], Order = FactOrder.Newest, Limit = 5 };
        Assert.Equal(["2029-03", "2028-03", "2027-03", "2026-03", "2025-03"], store.Facts(query).Select(f => f.Date));
        Assert.Equal(30, store.Count(query));
        Assert.Equal(["2000-03", "2001-03"], store.Facts(query with { Order = FactOrder.Oldest, Limit = 2 }).Select(f => f.Date));
        Assert.Equal(0, store.Count(query with { Planned = true }));
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void A_fact_without_a_date_of_its_own_is_dated_by_its_first_report_even_when_an_earlier_one_comes_later(string backend)
    {
        using var location = TestStores.NewLocation(backend);
        using var store = location.Open();
        var twinning = new LocalityPartnership([new Place("Hanoi", "VN"), new Place("Minsk", "BY")]);
        Store(store, "BY-VN", "2020-06-01", twinning);
        Assert.Single(store.Facts(new FactQuery("BY-VN", Since: "2015")));
        Store(store, "BY-VN", "2010-02-01", twinning);
        Assert.Empty(store.Facts(new FactQuery("BY-VN", Since: "2015")));
        var fact = Assert.Single(store.Facts(new FactQuery("BY-VN", Since: "2010")));
        Assert.Equal("2010-02-01", fact.Date);
        Assert.Single(store.Facts(new FactQuery(Since: "2010-02")));
        Assert.Single(store.Facts(new FactQuery("BY-VN") { NewSince = "2009" }));
        Assert.Empty(store.Facts(new FactQuery("BY-VN") { NewSince = "2015" }));
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void A_pair_is_read_page_by_page_in_id_order_with_nothing_lost_or_repeated(string backend)
    {
        using var location = TestStores.NewLocation(backend);
        using var store = location.Open();
        var count = RelationalStore.PageSize * 2 + 7;
        Store(store, "BY-VN", "2025", [.. Enumerable.Range(0, count).Select(i => new LocalityPartnership([new Place($"Town{i}", "VN"), new Place($"City{i}", "BY")]))]);
        var ids = store.EnumerateFacts(new FactQuery("BY-VN")).Select(f => f.Id).ToList();
        Assert.Equal(count, ids.Count);
        Assert.Equal(ids.Order(), ids);
        Assert.Equal(ids.Distinct(), ids);
        var page = store.Facts(new FactQuery("BY-VN") { AfterId = ids[99], Limit = 10 });
        Assert.Equal(ids.Skip(100).Take(10), page.Select(f => f.Id));
        Assert.All(page, f => Assert.Single(f.Sources));
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void The_reach_of_a_pair_counts_the_articles_its_facts_come_from_by_the_pair_rule(string backend)
    {
        using var location = TestStores.NewLocation(backend);
        using var store = location.Open();
        var holder = new OfficeHolder("Igor Petrov", "Deputy Prime Minister", "BY") { AsOf = "2024" };
        var trade = new Trade(["VN", "BY"], "total", new Money(60_000_000, "USD"), new Period("2024", "2024"));
        Store(store, "BY-VN", "2024-05-01", holder);
        // About another pair: the office holder is not Belarus–Vietnam news there, the trade figure between the two is.
        Store(store, "JP-VN", "2023-01-01", holder);
        Store(store, "JP-VN", "2025-07-01", trade);
        Assert.Equal(new PairReach(2, "2024-05-01", "2025-07-01"), store.Reach(new FactQuery("BY-VN")));
        Assert.Equal(new PairReach(2, "2023-01-01", "2025-07-01"), store.Reach(new FactQuery("JP-VN")));
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void Conflict_groups_of_a_pair_come_latest_first_and_one_figure_per_group_is_the_one_most_sources_give(string backend)
    {
        using var location = TestStores.NewLocation(backend);
        using var store = location.Open();
        Trade Figure(string year, decimal millions) => new(["VN", "BY"], "total", new Money(millions * 1_000_000m, "USD"), new Period(year, year));
        Store(store, "BY-VN", "2021", Figure("2020", 60));
        Store(store, "BY-VN", "2021", Figure("2020", 90));
        Store(store, "BY-VN", "2022", Figure("2020", 90));
        Store(store, "BY-VN", "2025", Figure("2024", 10), Figure("2023", 5));
        Store(store, "BY-VN", "2025", Figure("2024", 30));
        var (groups, total) = store.ConflictGroups(new FactQuery("BY-VN"), 1);
        Assert.Equal(2, total);
        var latest = store.Facts(new FactQuery("BY-VN") { Ids = [.. Assert.Single(groups)] });
        Assert.All(latest, f => Assert.Equal("2024", f.Date));
        var leading = store.Facts(new FactQuery("BY-VN", "trade") { OnePerConflictGroup = true });
        Assert.Equal(["2020:90000000", "2023:5000000", "2024:10000000"],
            leading.Select(f => (Trade)f.Fact).Select(t => $"{t.Period.Start}:{t.Value.Amount:0}").Order());
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void A_brief_lists_the_latest_facts_of_a_long_section_and_says_how_many_more_there_are(string backend)
    {
        using var location = TestStores.NewLocation(backend);
        using var store = location.Open();
        Store(store, "BY-VN", "2030", [.. Enumerable.Range(2000, BriefBuilder.SectionSize + 5).Select(VisitIn)]);
        var brief = new BriefBuilder(store).Build("BY", "VN").Markdown;
        var section = brief[brief.IndexOf("## High-level exchanges", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 3, StringComparison.Ordinal)];
        Assert.Equal(BriefBuilder.SectionSize, section.Split('\n').Count(l => l.StartsWith("- Visit", StringComparison.Ordinal)));
        Assert.Contains("Minister 2024", section);
        Assert.DoesNotContain("Minister 2004", section);
        Assert.Contains("5 earlier facts not shown: `entente facts --pair BY-VN --type visit` and `entente facts --pair BY-VN --type meeting` list them.", section);
        Assert.Contains($"{BriefBuilder.SectionSize + 5} facts from 1 article published 2030 to 2030.", brief);
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void A_session_of_a_mechanism_the_brief_does_not_list_stands_on_its_own(string backend)
    {
        using var location = TestStores.NewLocation(backend);
        using var store = location.Open();
        Store(store, "BY-VN", "2024", new Mechanism("Joint Commission on Science and Technology", ["VN", "BY"]),
            new MechanismSession("Intergovernmental Committee on Trade and Economic Cooperation") { Number = 3, Dates = Period.Single("2024-05") });
        var brief = new BriefBuilder(store).Build("BY", "VN").Markdown;
        Assert.Contains("- Joint Commission on Science and Technology", brief);
        Assert.Contains("\n- 3rd session of the Intergovernmental Committee on Trade and Economic Cooperation", brief);
    }
}
