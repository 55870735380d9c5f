using Entente.Core.Domain;
using Entente.Core.Knowledge;
using Entente.Core.Storage;

using Entente.Core.Tests.Support;

namespace Entente.Core.Tests.Knowledge;

/// <summary>Only the same thing can conflict; one thing under several names is one fact, its merge explained.</summary>
public class ConflictAndIdentityTests
{
    private static Trade Total(decimal amount, string currency, string start, string end, string? qualifier = null) =>
        new(["VN", "JP"], "total", new Money(amount, currency), new Period(start, end)) { Qualifier = qualifier };

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void Sessions_with_one_number_of_two_pairs_commissions_do_not_conflict(string backend)
    {
        using var kb = new KnowledgeStoreFixture(backend);
        kb.Article("a.txt", "2024-09", "CL-VN", "A", new MechanismSession("Joint Committee on Trade and Investment") { Number = 4, Dates = Period.Single("2024-09-10") });
        kb.Article("b.txt", "2024-03", "PE-VN", "B", new MechanismSession("Joint Committee on Trade and Investment") { Number = 4, Dates = Period.Single("2024-03-28") });
        var sessions = kb.Store.Facts(new FactQuery(Type: "mechanism_session"));
        Assert.Equal(2, sessions.Count);
        Assert.All(sessions, s => Assert.Empty(s.Conflicts));
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void A_date_inferred_from_publication_does_not_conflict_with_a_stated_one(string backend)
    {
        using var kb = new KnowledgeStoreFixture(backend);
        // "in October last year" read in 2026 gives 2025-10; the stated date is 2024-10.
        kb.ArticleWithQuotes("a.txt", "2024-11", "CL-VN", "A", (new MechanismSession("Joint Committee") { Number = 5, Dates = Period.Single("2024-10") }, "The fifth session was held in October 2024."));
        kb.ArticleWithQuotes("b.txt", "2026-01", "CL-VN", "B", (new MechanismSession("Joint Committee") { Number = 5, Dates = Period.Single("2025-10") }, "The fifth session was held in October last year."));
        var session = Assert.Single(kb.Store.Facts(new FactQuery("CL-VN", "mechanism_session")));
        Assert.Empty(session.Conflicts);
        Assert.Equal(2, session.Sources.Count);
        Assert.Equal("2024-10", ((MechanismSession)session.Fact).Dates!.Start);
        Assert.False(FactDates.IsInferred(session));
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void Figures_in_other_currencies_or_periods_do_not_conflict(string backend)
    {
        using var kb = new KnowledgeStoreFixture(backend);
        kb.Article("a.txt", "2025", "JP-VN", "A", Total(5_200_000_000_000, "JPY", "2023-04", "2024-03"), Total(44_800_000_000, "USD", "2023", "2023"));
        kb.Article("b.txt", "2025", "JP-VN", "B", Total(6_500_000_000_000, "JPY", "2023", "2023"), Total(45_000_000_000, "USD", "2023-04", "2024-03"));
        var trade = kb.Store.Facts(new FactQuery("JP-VN", "trade"));
        Assert.Equal(4, trade.Count);
        Assert.All(trade, t => Assert.Empty(t.Conflicts));
    }

    [Theory]
    [InlineData(60_000_000, 60_200_000, null, false)]
    [InlineData(2_100_000_000, 2_130_000_000, null, false)]
    [InlineData(151_000_000, 150_600_000, null, false)]
    [InlineData(60_000_000, 65_000_000, null, true)]
    [InlineData(60_000_000, 64_000_000, null, true)]
    [InlineData(60_200_000, 60_300_000, null, true)]
    [InlineData(150_000_000, 155_000_000, "over", false)]
    [InlineData(150_000_000, 180_000_000, "over", true)]
    public void Amounts_are_compared_at_the_precision_each_source_states(long first, long second, string? qualifier, bool conflict)
    {
        using var kb = new KnowledgeStoreFixture(TestStores.Sqlite);
        kb.Article("a.txt", "2025", "JP-VN", "A", Total(first, "USD", "2024", "2024"));
        kb.Article("b.txt", "2025", "JP-VN", "B", Total(second, "USD", "2024", "2024", qualifier));
        var trade = kb.Store.Facts(new FactQuery("JP-VN", "trade"));
        Assert.Equal(conflict ? 2 : 1, trade.Count);
        Assert.Equal(conflict, trade[0].Conflicts.Count > 0);
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void Sub_national_figures_do_not_conflict_with_national_ones(string backend)
    {
        using var kb = new KnowledgeStoreFixture(backend);
        kb.Article("a.txt", "2025", "JP-VN", "A", Total(44_800_000_000, "USD", "2023", "2023"), Total(2_000_000_000, "USD", "2023", "2023") with { Scope = "Hai Phong" });
        var trade = kb.Store.Facts(new FactQuery("JP-VN", "trade"));
        Assert.Equal(2, trade.Count);
        Assert.All(trade, t => Assert.Empty(t.Conflicts));
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void One_person_in_two_offices_is_two_facts_without_conflict(string backend)
    {
        using var kb = new KnowledgeStoreFixture(backend);
        kb.Article("a.txt", "2025", "BY-VN", "A", new OfficeHolder("Igor Petrishenko", "Deputy Prime Minister", "BY") { AsOf = "2025" },
            new OfficeHolder("Igor Petrishenko", "Co-chair of the Intergovernmental Commission", "BY") { AsOf = "2025" });
        var holders = kb.Store.Facts(new FactQuery("BY-VN", "office_holder"));
        Assert.Equal(2, holders.Count);
        Assert.All(holders, h => Assert.Empty(h.Conflicts));
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void A_committee_under_its_acronym_short_name_and_reordered_words_is_one_committee(string backend)
    {
        using var kb = new KnowledgeStoreFixture(backend);
        kb.Article("a.txt", "2024", "CL-VN", "A", new Mechanism("Vietnam-Chile Joint Committee on Trade and Investment", ["VN", "CL"]),
            new Mechanism("Joint Committee for Defence Industry Cooperation", ["VN", "CL"]));
        kb.Article("b.txt", "2025", "CL-VN", "B", new Mechanism("JCTI", ["CL", "VN"]));
        kb.Article("c.txt", "2025", "CL-VN", "C", new Mechanism("Chile-Vietnam Committee on Investment and Trade", ["CL", "VN"]));
        var mechanisms = kb.Store.Facts(new FactQuery("CL-VN", "mechanism"));
        Assert.Equal(2, mechanisms.Count);
        var trade = mechanisms.Single(m => m.Sources.Count == 3);
        Assert.Equal("Vietnam-Chile Joint Committee on Trade and Investment", ((Mechanism)trade.Fact).Name);
        Assert.Equal(["JCTI", "Chile-Vietnam Committee on Investment and Trade"], trade.Fact.AlsoNamed ?? []);
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void The_commission_after_its_full_name_in_one_article_is_that_commission(string backend)
    {
        using var kb = new KnowledgeStoreFixture(backend);
        kb.Article("a.txt", "2024", "CL-VN", "A", new Mechanism("Intergovernmental Commission on Trade, Economic and Scientific Cooperation", ["VN", "CL"]),
            new Mechanism("Joint Committee for Defence Industry Cooperation", ["VN", "CL"]),
            new MechanismSession("the Commission") { Number = 3 });
        var session = (MechanismSession)Assert.Single(kb.Store.Facts(new FactQuery("CL-VN", "mechanism_session"))).Fact;
        Assert.Equal("Intergovernmental Commission on Trade, Economic and Scientific Cooperation", session.Mechanism);
        Assert.Equal(["the Commission"], session.AlsoNamed ?? []);
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void A_longer_name_of_another_body_is_not_read_as_a_short_form(string backend)
    {
        using var kb = new KnowledgeStoreFixture(backend);
        kb.Article("a.txt", "2011", "BY-VN", "A", new Mechanism("Inter-Governmental Committee on Economic, Commercial and Scientific and Technological Cooperation", ["VN", "BY"]));
        kb.Article("b.txt", "2011", "BY-VN", "B", new Mechanism("Scientific and Technological Cooperation Committee", ["VN", "BY"]));
        Assert.Equal(2, kb.Store.Facts(new FactQuery("BY-VN", "mechanism")).Count);
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void Political_consultations_under_two_names_are_listed_once(string backend)
    {
        using var kb = new KnowledgeStoreFixture(backend);
        kb.Article("a.txt", "2024", "BY-VN", "A", new Mechanism("political consultations at the deputy foreign minister level", ["VN", "BY"]));
        kb.Article("b.txt", "2025", "BY-VN", "B", new Mechanism("political consultations", ["VN", "BY"]));
        Assert.Single(kb.Store.Facts(new FactQuery("BY-VN", "mechanism")));
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void A_treaty_under_its_full_and_short_names_is_one_treaty(string backend)
    {
        using var kb = new KnowledgeStoreFixture(backend);
        kb.Article("a.txt", "2020", "EU-VN", "A", new Agreement("EU-Vietnam Free Trade Agreement", ["EU", "VN"]) { Signed = "2019-06-30" });
        kb.Article("b.txt", "2024", "EU-VN", "B", new Agreement("EVFTA", ["VN", "EU"]) { InForce = "2020-08" });
        var agreement = Assert.Single(kb.Store.Facts(new FactQuery("EU-VN", "agreement")));
        Assert.Empty(agreement.Conflicts);
        Assert.Equal(2, agreement.Sources.Count);
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void One_target_stated_with_and_without_its_year_is_one_target_and_two_targets_do_not_conflict(string backend)
    {
        using var kb = new KnowledgeStoreFixture(backend);
        kb.Article("a.txt", "2024", "CL-VN", "A", new TradeTarget(["VN", "CL"], new Money(3_000_000_000, "USD")) { By = "2030" });
        kb.Article("b.txt", "2025", "CL-VN", "B", new TradeTarget(["CL", "VN"], new Money(3_000_000_000, "USD")));
        kb.Article("c.txt", "2025", "CL-VN", "C", new TradeTarget(["CL", "VN"], new Money(5_000_000_000, "USD")) { By = "2035" });
        var targets = kb.Store.Facts(new FactQuery("CL-VN", "trade_target"));
        Assert.Equal(2, targets.Count);
        Assert.All(targets, t => Assert.Empty(t.Conflicts));
        Assert.Equal(2, targets.Single(t => ((TradeTarget)t.Fact).Value.Amount == 3_000_000_000).Sources.Count);
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void A_visit_dated_after_its_report_is_planned_and_kept_apart_from_the_visit_held(string backend)
    {
        using var kb = new KnowledgeStoreFixture(backend);
        var visit = new Visit(new Person("Gabriel Boric", "President"), "CL", "VN", Period.Single("2025-06"));
        kb.Article("a.txt", "2025-03-20", "CL-VN", "A", visit);
        kb.Article("b.txt", "2025-06-30", "CL-VN", "B", visit);
        var visits = kb.Store.Facts(new FactQuery("CL-VN", "visit"));
        Assert.Equal(2, visits.Count);
        Assert.Equal(["planned", null], visits.Select(v => v.Fact.Status));
        Assert.All(visits, v => Assert.Empty(v.Conflicts));
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void Support_for_a_candidacy_is_dated_when_it_was_given_not_at_the_start_of_the_term(string backend)
    {
        using var kb = new KnowledgeStoreFixture(backend);
        kb.Article("a.txt", "2022-05-04", "BY-VN", "A", new CandidacySupport("BY", "VN", "Human Rights Council") { Term = new Period("2023", "2025") });
        var support = Assert.Single(Timeline.Of(kb.Store, "BY-VN"));
        Assert.Equal("2022-05-04", support.Date);
    }
}
