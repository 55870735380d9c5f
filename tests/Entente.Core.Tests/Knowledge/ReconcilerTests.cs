using Entente.Core.Domain;
using Entente.Core.Extraction.People;
using Entente.Core.Knowledge;
using Entente.Core.Storage;

using Entente.Core.Tests.Support;

namespace Entente.Core.Tests.Knowledge;

public class ReconcilerTests
{
    private static readonly Place Hanoi = new("Hanoi", "VN");
    private static readonly Place Minsk = new("Minsk", "BY");

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void The_same_fact_from_several_outlets_is_one_fact_with_every_source(string backend)
    {
        using var kb = new KnowledgeStoreFixture(backend);
        kb.Article("a.txt", "2011", "BY-VN", "Agency A", new LocalityPartnership([Hanoi, Minsk]));
        kb.Article("b.txt", "2025", "BY-VN", "Outlet B", new LocalityPartnership([new Place("Minsk", "BY"), new Place("Hà Nội", "VN")]));
        kb.Article("c.txt", "2025", "BY-VN", "Outlet C", new LocalityPartnership([new Place("Ha Noi city", "VN"), Minsk]));
        var fact = Assert.Single(kb.Store.Facts(new FactQuery("BY-VN", "locality_partnership")));
        Assert.Equal(["a.txt", "b.txt", "c.txt"], fact.Sources.Select(s => s.Source).Order());
        Assert.Empty(fact.Conflicts);
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void One_committee_under_two_names_is_one_committee(string backend)
    {
        using var kb = new KnowledgeStoreFixture(backend);
        kb.Article("a.txt", "2011", "BY-VN", "A", new Mechanism("Laos-Mongolia Inter-Governmental Commission on Economic, Commercial, Scientific and Technological Cooperation", ["VN", "BY"]));
        kb.Article("b.txt", "2025", "BY-VN", "B", new Mechanism("Intergovernmental Commission for Economic, Trade and Scientific-Technical Cooperation", ["VN", "BY"]),
            new Mechanism("Joint Intergovernmental Commission for Military-Technical Cooperation", ["VN", "BY"]));
        var mechanisms = kb.Store.Facts(new FactQuery("BY-VN", "mechanism"));
        Assert.Equal(2, mechanisms.Count);
        Assert.Equal(2, mechanisms.Single(m => ((Mechanism)m.Fact).Name.StartsWith("Laos-Mongolia", StringComparison.Ordinal)).Sources.Count);
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void Values_that_change_over_time_form_a_series(string backend)
    {
        using var kb = new KnowledgeStoreFixture(backend);
        kb.Article("a.txt", "2011", "BY-VN", "A", new Community("VN", "BY", new CountRange(600, 600), "2011"),
            new Trade(["VN", "BY"], "total", new Money(151_000_000, "USD"), new Period("2011-01", "2011-08")));
        kb.Article("b.txt", "2025", "BY-VN", "B", new Community("VN", "BY", new CountRange(500, 600), "2025"),
            new Trade(["VN", "BY"], "total", new Money(60_000_000, "USD"), new Period("2024", "2024")));
        Assert.Equal(2, kb.Store.Facts(new FactQuery("BY-VN", "community")).Count);
        var trade = kb.Store.Facts(new FactQuery("BY-VN", "trade"));
        Assert.Equal(2, trade.Count);
        Assert.All(trade, t => Assert.Empty(t.Conflicts));
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void Sources_that_disagree_about_the_same_thing_are_both_kept_and_flagged(string backend)
    {
        using var kb = new KnowledgeStoreFixture(backend);
        kb.Article("a.txt", "2025", "BY-VN", "A", new Trade(["VN", "BY"], "total", new Money(60_000_000, "USD"), new Period("2024", "2024")));
        kb.Article("b.txt", "2025", "BY-VN", "B", new Trade(["BY", "VN"], "total", new Money(65_000_000, "USD"), new Period("2024", "2024")));
        kb.Article("c.txt", "2025", "BY-VN", "C", new Trade(["VN", "BY"], "total", new Money(60_000_000, "USD"), new Period("2024", "2024")));
        var trade = kb.Store.Facts(new FactQuery("BY-VN", "trade"));
        Assert.Equal(2, trade.Count);
        var sixty = trade.Single(t => ((Trade)t.Fact).Value.Amount == 60_000_000);
        var sixtyFive = trade.Single(t => ((Trade)t.Fact).Value.Amount == 65_000_000);
        Assert.Equal(2, sixty.Sources.Count);
        Assert.Equal([sixtyFive.Id], sixty.Conflicts);
        Assert.Equal([sixty.Id], sixtyFive.Conflicts);
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void A_more_precise_statement_refines_the_stored_fact(string backend)
    {
        using var kb = new KnowledgeStoreFixture(backend);
        kb.Article("a.txt", "2011", "BY-VN", "A", new RelationsEstablished(["VN", "BY"], "1992"));
        kb.Article("b.txt", "2025", "BY-VN", "B", new RelationsEstablished(["BY", "VN"], "1992-01-24"));
        var fact = Assert.Single(kb.Store.Facts(new FactQuery("BY-VN")));
        Assert.Equal("1992-01-24", ((RelationsEstablished)fact.Fact).Date);
        Assert.Equal(2, fact.Sources.Count);
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void People_with_and_without_initials_are_one_person(string backend)
    {
        using var kb = new KnowledgeStoreFixture(backend);
        kb.Article("a.txt", "2011", "BY-VN", "A", new OfficeHolder("A. Lukashenko", "President", "BY") { AsOf = "2011" });
        kb.Article("b.txt", "2011", "BY-VN", "B", new OfficeHolder("Alexander Lukashenko", "President", "BY") { AsOf = "2011" });
        Assert.Single(kb.Store.Facts(new FactQuery("BY-VN", "office_holder")));
        Assert.True(PersonKey.SamePerson("A. Lukashenko", "Alexander Lukashenko"));
        Assert.False(PersonKey.SamePerson("Viktor Lukashenko", "Alexander Lukashenko"));
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void Goods_lists_from_several_sources_are_united(string backend)
    {
        using var kb = new KnowledgeStoreFixture(backend);
        kb.Article("a.txt", "2025", "BY-VN", "A", new TradeGoods("VN", "BY", ["seafood", "rice"]));
        kb.Article("b.txt", "2025", "BY-VN", "B", new TradeGoods("VN", "BY", ["rice", "footwear"]));
        var goods = (TradeGoods)Assert.Single(kb.Store.Facts(new FactQuery("BY-VN", "trade_goods"))).Fact;
        Assert.Equal(["seafood", "rice", "footwear"], goods.Goods);
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void Facts_are_filed_under_their_pair_and_filtered_by_date(string backend)
    {
        using var kb = new KnowledgeStoreFixture(backend);
        kb.Article("a.txt", "2025", "BY-VN", "A", new RelationsEstablished(["VN", "BY"], "1992-01-24"), new Agreement("Free Trade Agreement", ["VN", "EAEU"]) { Signed = "2015-05" });
        kb.Article("b.txt", "2024", "JP-VN", "B", new RelationsEstablished(["VN", "JP"], "1973-09-21"));
        Assert.Equal(2, kb.Store.Facts(new FactQuery("BY-VN")).Count);
        Assert.Single(kb.Store.Facts(new FactQuery("JP-VN")));
        Assert.Single(kb.Store.Facts(new FactQuery("EAEU-VN")));
        Assert.Single(kb.Store.Facts(new FactQuery("BY-VN", Since: "2000")));
        var pairs = kb.Store.Pairs();
        Assert.Contains(pairs, p => p is { Pair: "BY-VN", Articles: 1, Facts: 2 });
    }
}
