using Entente.Core.Cleaning;
using Entente.Core.Extraction;
using Entente.Core.Ingest;
using Entente.Core.Storage;

namespace Entente.Web.Ingest;

/// <summary>What ingesting one uploaded file did, or why it failed (one line, as the CLI reports it).</summary>
public sealed record UploadResult(string Name, int Articles, int Duplicates, int Facts, bool AlreadyStored, IReadOnlyList<string> Warnings, string? Error);

/// <summary>
/// Ingests uploaded files through the same decoder, readers, pipelines and store as `entente ingest`,
/// with its error policy: a file that cannot be read is reported in one line and the others still
/// go in; each file is stored in one transaction. One upload is ingested at a time.
/// </summary>
public sealed class UploadIngest
{
    private readonly ArticlePipeline _articles = new ArticlePipelineBuilder().UseDefaults().Build();
    private readonly FactExtractionPipeline _extraction = new FactExtractionPipelineBuilder().UseDefaults().Build();
    private readonly SemaphoreSlim _one = new(1, 1);

    public async Task<UploadResult> IngestAsync(IEntenteStore store, string name, byte[] bytes, CancellationToken cancellation)
    {
        var safeName = Path.GetFileName(name);
        if (!InputSource.KnownExtensions.Contains(Path.GetExtension(safeName)))
            return Failed(safeName, $"not a known input type (one of {string.Join(", ", InputSource.KnownExtensions)})");
        await _one.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            var document = InputDecoder.Decode("upload/" + safeName, bytes);
            var outcome = DocumentIngest.Run(document, store, _articles, _extraction, new CleaningContext());
            var error = document.Errors.Count > 0 ? string.Join("; ", document.Errors) : null;
            return new UploadResult(safeName, outcome.NewArticles, outcome.Duplicates, outcome.Facts, outcome.AlreadyStored, [.. document.Warnings, .. outcome.Warnings], error);
        }
        catch (InputException e)
        {
            return Failed(safeName, e.Message);
        }
        catch (StoreException e)
        {
            return Failed(safeName, e.Message);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
        {
            // A bug of ours must not stop the other files; say what happened in one line.
            return Failed(safeName, $"internal error ({e.GetType().Name}: {e.Message})");
        }
        finally
        {
            _one.Release();
        }
    }

    private static UploadResult Failed(string name, string error) => new(name, 0, 0, 0, false, [], error);
}
