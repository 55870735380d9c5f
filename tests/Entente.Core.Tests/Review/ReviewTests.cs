using Entente.Core.Domain;
using Entente.Core.Knowledge;
using Entente.Core.Knowledge.Briefing;
using Entente.Core.Knowledge.Export;
using Entente.Core.Review;
using Entente.Core.Storage;
using Entente.Core.Tests.Knowledge;
using Entente.Core.Tests.Support;

namespace Entente.Core.Tests.Review;

public sealed class ReviewTests
{
    private static readonly Trade Trade2011 = new(["BY", "VN"], "total", new Money(151_000_000m, "USD"), new Period("2011-01", "2011-08"));
    private static readonly Agreement Visas = new("Agreement on Mutual Visa Exemption", ["BY", "VN"]) { Signed = "2014-10-01" };

    /// <summary>A fresh store of the backend with its reviews, and the reviewing service over it.</summary>
    private sealed class Workspace : IDisposable
    {
        public Workspace(string backend)
        {
            Kb = new KnowledgeStoreFixture(backend);
            Store = new ReviewedKnowledge(Kb.Store, new ReviewsRelational(Kb.Store, new FixedClock()));
            Reviewing = new Reviewing(Store);
        }

        public KnowledgeStoreFixture Kb { get; }
        public ReviewedKnowledge Store { get; }
        public Reviewing Reviewing { get; }

        public long IdOf<T>() where T : Fact => Store.Reviewed(new FactQuery("BY-VN"), includeHidden: true).Single(f => f.Extracted is T).Fact.Id;

        public void Dispose() => Kb.Dispose();
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void A_rejected_fact_leaves_briefs_and_exports_and_stays_rejected_when_stated_again(string backend)
    {
        using var w = new Workspace(backend);
        w.Kb.Article("a.txt", "2011-09-10", "BY-VN", "Outlet A", Trade2011, Visas);
        var trade = w.IdOf<Trade>();
        Assert.Contains("151 million USD", new BriefBuilder(w.Store).Build("BY", "VN").Markdown);

        w.Reviewing.Apply(trade, new ReviewRequest("reject", Reason: "the figure is for Belarus and Laos"), "alice");
        w.Kb.Article("b.txt", "2011-09-12", "BY-VN", "Outlet B", Trade2011);

        var stored = w.Store.Reviewed(new FactQuery("BY-VN"), includeHidden: true).Single(f => f.Fact.Id == trade);
        Assert.Equal(ReviewStatus.Rejected, stored.Status);
        Assert.Equal(2, stored.Fact.Sources.Count);
        Assert.DoesNotContain(w.Store.Facts(new FactQuery("BY-VN")), f => f.Id == trade);
        Assert.DoesNotContain("151 million USD", new BriefBuilder(w.Store).Build("BY", "VN").Markdown);
        Assert.DoesNotContain(Timeline.Of(w.Store, "BY-VN"), f => f.Id == trade);
        Assert.Equal(1, w.Store.Pairs().Single(p => p.Pair == "BY-VN").Facts);
        var audit = Assert.Single(w.Store.Reviews.Audit());
        Assert.Equal(("alice", trade, "reject", "the figure is for Belarus and Laos"), (audit.User, audit.FactId, audit.Action, audit.Reason));
        Assert.Equal(FixedClock.Stamp, audit.At);
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void An_edit_is_validated_like_the_schema_shown_everywhere_and_kept_when_stated_again(string backend)
    {
        using var w = new Workspace(backend);
        w.Kb.Article("a.txt", "2011-09-10", "BY-VN", "Outlet A", Trade2011);
        var trade = w.IdOf<Trade>();

        var refused = Assert.Throws<ReviewException>(() => w.Reviewing.Apply(trade, new ReviewRequest("edit", Set: new Dictionary<string, string>
        {
            ["value.currency"] = "dollars", ["period.end"] = "2011-13", ["parties"] = "BY, XX", ["value.amount"] = "-3", ["colour"] = "red",
        }), "alice"));
        foreach (var field in new[] { "value.currency", "period.end", "parties[1]", "value.amount", "colour" }) Assert.Contains(field, refused.Message);
        Assert.Throws<ReviewException>(() => w.Reviewing.Apply(trade, new ReviewRequest("edit", Set: new Dictionary<string, string> { ["period.start"] = "2012-01" }), "alice"));
        Assert.Empty(w.Store.Reviews.Audit());

        w.Reviewing.Apply(trade, new ReviewRequest("edit", Set: new Dictionary<string, string> { ["value.amount"] = "150000000", ["qualifier"] = "almost" }), "alice");
        w.Kb.Article("b.txt", "2011-09-12", "BY-VN", "Outlet B", Trade2011);

        var shown = Assert.Single(w.Store.Facts(new FactQuery("BY-VN")));
        Assert.Equal(new Money(150_000_000m, "USD"), ((Trade)shown.Fact).Value);
        Assert.Equal("almost", shown.Fact.Qualifier);
        Assert.Equal("edited", shown.Review);
        Assert.Equal(2, shown.Sources.Count);
        Assert.Contains("\"review\":\"edited\"", KnowledgeFactJson.ToLine(shown));
        Assert.Contains("almost 150 million USD", new BriefBuilder(w.Store).Build("BY", "VN").Markdown);
        var audit = Assert.Single(w.Store.Reviews.Audit());
        Assert.Contains("151000000", audit.Before);
        Assert.Contains("150000000", audit.After);
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void Merging_gives_one_fact_all_sources_and_splitting_undoes_it(string backend)
    {
        using var w = new Workspace(backend);
        w.Kb.Article("a.txt", "2014-10-02", "BY-VN", "Outlet A", Visas);
        w.Kb.Article("b.txt", "2014-10-03", "BY-VN", "Outlet B", new Agreement("Visa-free travel deal", ["BY", "VN"]) { Signed = "2014-10-01" });
        var facts = w.Store.Facts(new FactQuery("BY-VN"));
        Assert.Equal(2, facts.Count);
        var (keep, other) = (facts[0].Id, facts[1].Id);

        Assert.Throws<ReviewException>(() => w.Reviewing.Apply(keep, new ReviewRequest("merge", Into: keep), "alice"));
        w.Reviewing.Apply(other, new ReviewRequest("merge", Into: keep), "alice");
        var merged = Assert.Single(w.Store.Facts(new FactQuery("BY-VN")));
        Assert.Equal(keep, merged.Id);
        Assert.Equal(2, merged.Sources.Count);

        var articleOfOther = facts[1].Sources.Single().Article;
        w.Reviewing.Apply(keep, new ReviewRequest("split", Article: articleOfOther), "alice");
        Assert.Equal(2, w.Store.Facts(new FactQuery("BY-VN")).Count);
        Assert.Equal(["merge", "split"], w.Store.Reviews.Audit().Select(a => a.Action));
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void Splitting_a_source_off_a_reconciled_fact_makes_a_new_fact_and_deletes_nothing(string backend)
    {
        using var w = new Workspace(backend);
        w.Kb.Article("a.txt", "2011-09-10", "BY-VN", "Outlet A", Trade2011);
        w.Kb.Article("b.txt", "2011-09-12", "BY-VN", "Outlet B", Trade2011);
        var fact = Assert.Single(w.Store.Facts(new FactQuery("BY-VN")));
        var second = fact.Sources[1].Article;

        var entries = w.Reviewing.Apply(fact.Id, new ReviewRequest("split", Article: second, Reason: "another period"), "alice");

        var facts = w.Store.Facts(new FactQuery("BY-VN"));
        Assert.Equal(2, facts.Count);
        Assert.All(facts, f => Assert.Single(f.Sources));
        Assert.Contains(facts, f => f.Id != fact.Id && f.Sources[0].Article == second);
        Assert.Equal("split", Assert.Single(entries).Action);
        Assert.Throws<ReviewException>(() => w.Reviewing.Apply(fact.Id, new ReviewRequest("split", Article: second), "alice"));
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void A_rejection_needs_a_reason_and_an_unknown_fact_is_not_found(string backend)
    {
        using var w = new Workspace(backend);
        w.Kb.Article("a.txt", "2011-09-10", "BY-VN", "Outlet A", Trade2011);
        Assert.Throws<ReviewException>(() => w.Reviewing.Apply(w.IdOf<Trade>(), new ReviewRequest("reject", Reason: "  "), "alice"));
        Assert.True(Assert.Throws<ReviewException>(() => w.Reviewing.Apply(9999, new ReviewRequest("accept"), "alice")).NotFound);
        Assert.Empty(w.Store.Reviews.Audit());
    }

    private sealed class FixedClock : TimeProvider
    {
        public const string Stamp = "2025-05-10T08:30:00.000Z";

        public override DateTimeOffset GetUtcNow() => new(2025, 5, 10, 8, 30, 0, TimeSpan.Zero);
    }
}
