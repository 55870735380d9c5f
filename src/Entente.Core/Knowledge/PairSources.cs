namespace Entente.Core.Knowledge;

/// <summary>
/// The sources of a fact that are about a pair: all of them when the fact names the pair itself
/// (a trade figure between the two), else only those from articles about the pair (a free trade
/// agreement of one side with a bloc is the pair's news only where the pair's articles report it).
/// </summary>
public static class PairSources
{
    public static IReadOnlyList<FactSource> Of(KnowledgeFact fact, string pair)
    {
        if (FactCountries.OwnPair(fact.Fact) == pair) return fact.Sources;
        return fact.Sources.Where(s => s.ArticlePairs.Count == 0 || s.ArticlePairs.Contains(pair)).ToList();
    }

    /// <summary>The pair's facts with only the pair's sources; facts left without any are dropped.</summary>
    public static IReadOnlyList<KnowledgeFact> Facts(IEnumerable<KnowledgeFact> facts, string pair) =>
        facts.Select(f => Of(f, pair) is var sources && sources.Count == f.Sources.Count ? f : f with { Sources = sources })
            .Where(f => f.Sources.Count > 0).ToList();
}
