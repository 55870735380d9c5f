using Entente.Core.Cleaning;
using Entente.Core.Extraction;
using Entente.Core.Ingest;

namespace Entente.Core.Storage;

/// <summary>What storing one decoded input did: counts, whether it was stored before, and the extraction faults to warn about.</summary>
public sealed record IngestOutcome(bool AlreadyStored, int NewArticles, int Duplicates, int Facts, IReadOnlyList<string> Warnings);

/// <summary>
/// Stores one decoded input: clean it into articles, extract their facts, store all in one
/// transaction. The one path for `entente ingest` and the workspace's uploads; the same content twice
/// adds nothing.
/// </summary>
public static class DocumentIngest
{
    public static IngestOutcome Run(SourceDocument document, IEntenteStore store, ArticlePipeline pipeline, FactExtractionPipeline extraction, CleaningContext context)
    {
        var hash = ContentHash.Of(document.Text);
        if (store.HasDocument(hash)) return new IngestOutcome(true, 0, 0, 0, []);
        var clean = pipeline.Process(document, context).ToList();
        var found = extraction.AnalyseAll(clean);
        var warnings = found.SelectMany(f => f.Faults).Select(fault => fault.Describe()).ToList();
        var articles = clean.Zip(found, (article, f) => new ExtractedArticle(article, f.Facts, f.PairKey)).ToList();
        var result = store.StoreDocument(new DocumentToStore(document.Source, hash, document.Text, articles));
        return result.AlreadyStored
            ? new IngestOutcome(true, 0, 0, 0, warnings)
            : new IngestOutcome(false, result.NewArticles, result.Duplicates, result.Facts, warnings);
    }
}
