using Entente.Core.Review;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Entente.Web.Pages.Facts;

/// <summary>The fact list: filter by pair, type, review status, conflicts and text; paged.</summary>
public sealed class FactsModel(ReviewedKnowledge store, IOptions<WorkspaceOptions> options) : PageModel
{
    public FactFilter Filter { get; private set; } = new(null, null, null, false, null, null, 1);
    public IReadOnlyList<string> Problems { get; private set; } = [];
    public IReadOnlyList<ReviewedFact> Facts { get; private set; } = [];
    public int Total { get; private set; }
    public int Pages => (Total + options.Value.PageSize - 1) / options.Value.PageSize;

    public void OnGet(string? pair, string? type, string? status, bool conflicts, string? q, int? page)
    {
        Filter = new FactFilter(pair, type, status, conflicts, q, null, Math.Max(1, page ?? 1));
        Problems = Filter.Problems();
        if (Problems.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        (Facts, Total) = Filter.Run(store, options.Value.PageSize);
    }
}
