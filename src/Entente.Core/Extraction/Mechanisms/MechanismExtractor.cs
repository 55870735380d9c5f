using Entente.Core.Domain;

namespace Entente.Core.Extraction.Mechanisms;

/// <summary>Standing cooperation mechanisms of the article's pair and their sessions.</summary>
public sealed class MechanismExtractor : IFactExtractor
{
    public IEnumerable<Fact> Extract(ArticleContext context)
    {
        if (context.Pair is not { } pair) return [];
        var views = context.Sentences.Select(context.View).ToList();
        var spans = views.Select(MechanismNameFinder.Find).ToList();
        var catalog = MechanismCatalog.Build(context, views, spans, pair);
        var facts = new List<Fact>();
        foreach (var item in catalog.Items)
            facts.Add(new Mechanism(item.Name, item.Parties) { Evidence = context.Evidence(context.Sentences[item.SentenceIndex]) });
        facts.AddRange(SessionReader.Read(context, views, spans, catalog, pair));
        return facts;
    }
}
