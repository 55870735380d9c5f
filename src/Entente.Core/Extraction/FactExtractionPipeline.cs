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
    /// The facts of several articles (one input's), in article order, read on every core unless the caller
    /// already runs on the thread pool: articles are independent and the extractors and reference data hold
    /// no mutable state.
    /// </summary>
    public IReadOnlyList<ArticleFacts> AnalyseAll(IReadOnlyList<Article> articles) => [.. AnalyseEach(articles)];

    /// <summary>
    /// The facts of a stream of articles (one input's), in article order, read on every core a few articles at a
    /// time: a huge input's articles are never all held at once.
    /// </summary>
    public IEnumerable<ArticleFacts> AnalyseEach(IEnumerable<Article> articles) => OrderedParallel.Map(articles, Analyse);

    /// <summary>
    /// The article's facts and the pair of countries it is about. Each extractor runs behind a guard: when it
    /// throws, the sentence to blame is found (the shortest prefix of sentences that still throws ends with it),
    /// reported as a fault, blanked, and the extractor runs again, so a bug costs one sentence, not the article.
    /// </summary>
    public ArticleFacts Analyse(Article article)
    {
        var faults = new List<ExtractionFault>();
        ArticleContext context;
        try
        {
            context = new ArticleContext(article);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            faults.Add(new ExtractionFault(nameof(ArticleContext), article.Start, true, e));
            return new ArticleFacts([], null, faults);
        }
        var seen = new HashSet<Fact>(FactValueComparer.Instance);
        var facts = new List<Fact>();
        foreach (var extractor in _extractors)
        {
            foreach (var fact in Guarded(extractor, context, faults))
                if (!SequencedEvents.DatedByAnotherEvent(fact) && seen.Add(fact)) facts.Add(fact);
        }
        return new ArticleFacts(facts, context.Pair, faults);
    }

    /// <summary>How many sentences of one article an extractor may fail on before it gives up on the article.</summary>
    private const int MaxFailingSentences = 3;

    private static List<Fact> Guarded(IFactExtractor extractor, ArticleContext context, List<ExtractionFault> faults)
    {
        var view = context;
        for (var failures = 0; ; failures++)
        {
            try
            {
                return [.. extractor.Extract(view)];
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                var culprit = failures < MaxFailingSentences ? FailingSentence(extractor, view) : -1;
                var offset = culprit < 0 ? context.Article.Start : context.Article.RawIndex[view.Sentences[culprit].Start];
                faults.Add(new ExtractionFault(extractor.GetType().Name, offset, culprit < 0, e));
                if (culprit < 0) return [];
                var sentences = view.Sentences.ToArray();
                var blamed = sentences[culprit];
                sentences[culprit] = blamed with { End = blamed.Start, Text = "" };
                view = view.WithSentences(sentences);
            }
        }
    }

    /// <summary>The index of the sentence that makes the extractor throw, or -1 when it throws with no sentence at all.</summary>
    private static int FailingSentence(IFactExtractor extractor, ArticleContext view)
    {
        if (Throws(extractor, view, 0)) return -1;
        int passes = 0, fails = view.Sentences.Count;
        while (fails - passes > 1)
        {
            var mid = (passes + fails) / 2;
            if (Throws(extractor, view, mid)) fails = mid;
            else passes = mid;
        }
        return fails - 1;
    }

    private static bool Throws(IFactExtractor extractor, ArticleContext view, int sentenceCount)
    {
        try
        {
            foreach (var _ in extractor.Extract(view.WithSentences(view.Sentences.Take(sentenceCount).ToArray()))) { }
            return false;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return true;
        }
    }

    /// <summary>What extraction found in one article.</summary>
    /// <param name="Faults">Sentences an extractor failed on, to report; the facts hold everything else.</param>
    public sealed record ArticleFacts(IReadOnlyList<Fact> Facts, CountryPair? Pair, IReadOnlyList<ExtractionFault> Faults)
    {
        /// <summary>"BY-VN": the pair's codes in ordinal order, or null.</summary>
        public string? PairKey => Pair is null ? null : Knowledge.FactCountries.PairKey(Pair.First, Pair.Second);
    }
}
