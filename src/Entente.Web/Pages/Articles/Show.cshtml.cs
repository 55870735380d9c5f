using Entente.Core.Review;
using Entente.Core.Storage;
using Entente.Web.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Entente.Web.Pages.Articles;

/// <summary>A stored article's clean text with the facts it states marked where they are stated.</summary>
public sealed class ArticleModel(ReviewedKnowledge store) : PageModel
{
    public StoredArticle Article { get; private set; } = null!;
    public IReadOnlyList<TextSegment> Segments { get; private set; } = [];
    public int Statements { get; private set; }
    public int Placed => Segments.Count(s => s.FactId is not null);

    public IActionResult OnGet(long id)
    {
        if (store.Reviews.Article(id) is not { } article) return NotFound();
        Article = article;
        var statements = store.Reviews.Statements(id);
        Statements = statements.Count;
        Segments = QuoteLocator.Segments(article, statements);
        return Page();
    }
}
