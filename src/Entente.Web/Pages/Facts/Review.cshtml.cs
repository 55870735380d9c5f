using Entente.Core.Review;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Entente.Web.Pages.Facts;

/// <summary>The review actions of the fact page (reviewers only, POST with the anti-forgery token); each goes back to the fact.</summary>
public sealed class ReviewModel(ReviewedKnowledge store, Reviewing reviewing) : PageModel
{
    [TempData]
    public string? Error { get; set; }

    public IActionResult OnPostAccept(long id) => Apply(id, new ReviewRequest("accept"));

    public IActionResult OnPostReject(long id, string? reason) => Apply(id, new ReviewRequest("reject", Reason: reason));

    public IActionResult OnPostMerge(long id, long into) => Apply(id, new ReviewRequest("merge", Into: into));

    public IActionResult OnPostSplit(long id, long article) => Apply(id, new ReviewRequest("split", Article: article));

    public IActionResult OnPostEdit(long id, Dictionary<string, string?> set, string? reason)
    {
        if (store.Find(id) is not { } fact) return NotFound();
        // The form sends every field; only those the reviewer changed are edits.
        var current = FactFields.Of(fact.Fact.Fact).ToDictionary(f => f.Path, f => f.Value);
        var changed = set.Where(kv => (kv.Value ?? "").Trim() != current.GetValueOrDefault(kv.Key, ""))
            .ToDictionary(kv => kv.Key, kv => kv.Value ?? "");
        return Apply(id, new ReviewRequest("edit", Reason: string.IsNullOrWhiteSpace(reason) ? null : reason, Set: changed));
    }

    private IActionResult Apply(long id, ReviewRequest request)
    {
        try
        {
            reviewing.Apply(id, request, User.Identity!.Name!);
        }
        catch (ReviewException e) when (e.NotFound)
        {
            return NotFound();
        }
        catch (ReviewException e)
        {
            Error = e.Message;
        }
        return LocalRedirect($"/facts/{id}");
    }
}
