using Entente.Core.Review;
using Entente.Core.Storage;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Entente.Web.Pages;

/// <summary>The whole audit trail, newest first (the latest 500 entries).</summary>
public sealed class AuditModel(ReviewedKnowledge store) : PageModel
{
    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public void OnGet() => Entries = store.Reviews.Audit().Reverse().Take(500).ToList();
}
