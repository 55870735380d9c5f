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
    /// <summary>How long a worker's claim on an input lasts: a worker that dies holding it loses it after this long (at once to a worker of the same machine).</summary>
    public static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(10);

    /// <summary>Stores one input, unless it is stored already or another worker is extracting it (then it counts as already stored).</summary>
    public static IngestOutcome Run(SourceDocument document, IEntenteStore store, ArticlePipeline pipeline, FactExtractionPipeline extraction, CleaningContext context)
    {
        var hash = ContentHash.Of(document.Text);
        if (store.HasDocument(hash)) return new IngestOutcome(true, 0, 0, 0, []);
        var worker = RelationalStore.NewWorker();
        if (!store.Claim(hash, worker, ClaimLease)) return new IngestOutcome(true, 0, 0, 0, []);
        StoreResult result;
        List<string> warnings;
        try
        {
            var clean = pipeline.Process(document, context).ToList();
            var found = extraction.AnalyseAll(clean);
            warnings = found.SelectMany(f => f.Faults).Select(fault => fault.Describe()).ToList();
            var articles = clean.Zip(found, (article, f) => new ExtractedArticle(article, f.Facts, f.PairKey)).ToList();
            result = store.StoreDocument(new DocumentToStore(document.Source, hash, document.Text, articles));
        }
        catch
        {
            store.Release(hash, worker);
            throw;
        }
        return result.AlreadyStored
            ? new IngestOutcome(true, 0, 0, 0, warnings)
            : new IngestOutcome(false, result.NewArticles, result.Duplicates, result.Facts, warnings);
    }
}
