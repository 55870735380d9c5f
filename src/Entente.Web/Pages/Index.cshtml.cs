using Entente.Core.Review;
using Entente.Core.Storage;
using Entente.Web.Accounts;
using Entente.Web.Ingest;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Entente.Web.Pages;

/// <summary>The pairs in the store, with a search box, and the upload form for new inputs.</summary>
public sealed class IndexModel(ReviewedKnowledge store, UploadIngest ingest, IOptions<WorkspaceOptions> options) : PageModel
{
    public string? Q { get; private set; }
    public IReadOnlyList<PairSummary> Pairs { get; private set; } = [];
    public IReadOnlyDictionary<string, PairActivity> Activity { get; private set; } = new Dictionary<string, PairActivity>();
    public IReadOnlyList<UploadResult>? Results { get; private set; }
    public long MaxUploadBytes => options.Value.MaxUploadBytes;

    public void OnGet(string? q)
    {
        Q = q;
        Load();
    }

    public async Task<IActionResult> OnPostUploadAsync(CancellationToken cancellation)
    {
        if (User.Identity?.IsAuthenticated != true) return Challenge(Auth.Cookie);
        if (!User.CanReview()) return Forbid(Auth.Cookie);
        var limit = options.Value.MaxUploadBytes;
        var results = new List<UploadResult>();
        IFormCollection form;
        try
        {
            form = await Request.ReadFormAsync(cancellation);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
        {
            Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            results.Add(new UploadResult("upload", 0, 0, 0, false, [], $"the upload is above the {limit / (1024 * 1024)} MB limit; nothing was stored"));
            Results = results;
            Load();
            return Page();
        }
        foreach (var file in form.Files)
        {
            using var memory = new MemoryStream();
            await file.CopyToAsync(memory, cancellation);
            results.Add(await ingest.IngestAsync(store, file.FileName, memory.ToArray(), cancellation));
        }
        if (results.Count == 0) results.Add(new UploadResult("upload", 0, 0, 0, false, [], "no file was chosen"));
        Results = results;
        Load();
        return Page();
    }

    private void Load()
    {
        IEnumerable<PairSummary> pairs = store.Pairs();
        if (Q is { Length: > 0 } q)
            pairs = pairs.Where(p => p.Pair.Contains(q, StringComparison.OrdinalIgnoreCase)
                                     || Api.WorkspaceApi.PairTitle(p.Pair).Contains(q, StringComparison.OrdinalIgnoreCase)
                                     || Core.Knowledge.CountryArgument.Code(q) is { } code && p.Pair.Split('-').Contains(code));
        Pairs = pairs.ToList();
        Activity = store.Reviews.PairActivity();
    }
}
