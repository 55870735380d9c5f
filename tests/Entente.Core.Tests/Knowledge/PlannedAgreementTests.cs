using Entente.Core.Domain;
using Entente.Core.Knowledge;
using Entente.Core.Knowledge.Briefing;
using Entente.Core.Storage;
using Entente.Core.Tests.Support;

namespace Entente.Core.Tests.Knowledge;

/// <summary>A planned agreement stays a plan in the knowledge base, the brief and the timeline.</summary>
public class PlannedAgreementTests
{
    private static Agreement Planned(string name) => new(name, ["CL", "PE"]) { Status = FactStatus.Planned };

    [Fact]
    public void A_planned_agreement_is_told_as_to_be_signed()
    {
        Assert.Equal("Agreement on Fisheries Cooperation, to be signed.", FactDescription.Of(Planned("Agreement on Fisheries Cooperation")));
        Assert.Equal("Agreement on Fisheries Cooperation, signed 2024-05.", FactDescription.Of(new Agreement("Agreement on Fisheries Cooperation", ["CL", "PE"]) { Signed = "2024-05" }));
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void The_plan_and_the_signing_of_one_document_stay_two_facts_as_for_visits(string backend)
    {
        using var kb = new KnowledgeStoreFixture(backend);
        kb.Article("a.txt", "2024-04-02", "CL-PE", "A", Planned("Agreement on Fisheries Cooperation"));
        kb.Article("b.txt", "2024-04-03", "CL-PE", "B", Planned("agreement on fisheries cooperation"));
        kb.Article("c.txt", "2024-05-04", "CL-PE", "C", new Agreement("Agreement on Fisheries Cooperation", ["PE", "CL"]) { Signed = "2024-05-03" });
        var facts = kb.Store.Facts(new FactQuery("CL-PE", "agreement"));
        Assert.Equal(2, facts.Count);
        var plan = Assert.Single(facts, f => FactStatus.IsPlanned(f.Fact));
        Assert.Equal(2, plan.Sources.Count);
        Assert.Null(((Agreement)plan.Fact).Signed);
        Assert.Equal("2024-05-03", ((Agreement)Assert.Single(facts, f => !FactStatus.IsPlanned(f.Fact)).Fact).Signed);

        var brief = new BriefBuilder(kb.Store).Build("CL", "PE").Markdown;
        Assert.Contains("- Planned: Agreement on Fisheries Cooperation, to be signed.", brief);
        var timeline = Timeline.Of(kb.Store, "CL-PE");
        Assert.Equal("Agreement on Fisheries Cooperation, to be signed.", FactDescription.Of(Assert.Single(timeline, e => FactStatus.IsPlanned(e.Fact)).Fact));
    }
}
