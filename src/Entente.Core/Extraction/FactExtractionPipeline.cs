using System.Text.Json;
using Entente.Core.Domain;

namespace Entente.Core.Extraction;

/// <summary>
/// Runs every extractor over an article and reports each fact once: the same fact stated twice in
/// an article (equal in every field but its evidence) keeps its first evidence.
/// Build one with <see cref="FactExtractionPipelineBuilder"/>.
/// </summary>
public sealed class FactExtractionPipeline
{
    private readonly IReadOnlyList<IFactExtractor> _extractors;

    internal FactExtractionPipeline(IReadOnlyList<IFactExtractor> extractors) => _extractors = extractors;

    public IReadOnlyList<Fact> Extract(Article article) => Analyse(article).Facts;

    /// <summary>
    /// The facts of several articles (one input's), in article order, read on every core: articles
    /// are independent and the extractors and reference data hold no mutable state.
    /// </summary>
    public IReadOnlyList<ArticleFacts> AnalyseAll(IReadOnlyList<Article> articles) =>
        articles.Count < 2
            ? articles.Select(Analyse).ToList()
            : articles.AsParallel().AsOrdered().WithDegreeOfParallelism(Environment.ProcessorCount).Select(Analyse).ToList();

    /// <summary>The article's facts and the pair of countries it is about.</summary>
    public ArticleFacts Analyse(Article article)
    {
        var context = new ArticleContext(article);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var facts = new List<Fact>();
        foreach (var extractor in _extractors)
        {
            foreach (var fact in extractor.Extract(context))
                if (seen.Add(Key(fact))) facts.Add(fact);
        }
        return new ArticleFacts(facts, context.Pair);
    }

    /// <summary>What extraction found in one article.</summary>
    public sealed record ArticleFacts(IReadOnlyList<Fact> Facts, CountryPair? Pair)
    {
        /// <summary>"BY-VN": the pair's codes in ordinal order, or null.</summary>
        public string? PairKey => Pair is null ? null : Knowledge.FactCountries.PairKey(Pair.First, Pair.Second);
    }

    /// <summary>A fact's identity within an article: all its fields but the evidence.</summary>
    public static string Key(Fact fact) => JsonSerializer.Serialize(fact with { Evidence = null }, EntenteJson.Options);
}
