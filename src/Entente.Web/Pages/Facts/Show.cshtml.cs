using Entente.Core.Knowledge;
using Entente.Core.Review;
using Entente.Core.Storage;
using Entente.Web.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Entente.Web.Pages.Facts;

/// <summary>A source of the fact with its quote placed in the article's clean text (Segments null when it cannot be placed).</summary>
public sealed record ShownSource(FactSource Source, IReadOnlyList<TextSegment>? Segments);

/// <summary>One fact: fields, sources with the quote highlighted in each article, conflicts side by side, review actions and audit trail.</summary>
public sealed class FactModel(ReviewedKnowledge store) : PageModel
{
    public ReviewedFact Fact { get; private set; } = null!;
    public IReadOnlyList<(string Path, string Value)> Fields { get; private set; } = [];
    public IReadOnlyList<(string Path, string Value)> ExtractedFields { get; private set; } = [];
    public IReadOnlyList<(string Path, string Value)> EditFields { get; private set; } = [];
    public IReadOnlyList<ReviewedFact> Conflicts { get; private set; } = [];
    public IReadOnlyList<string> ConflictPaths { get; private set; } = [];
    public IReadOnlyList<ShownSource> Sources { get; private set; } = [];
    public IReadOnlyList<AuditEntry> Audit { get; private set; } = [];
    public bool ReadOnly { get; private set; }

    [TempData]
    public string? Error { get; set; }

    public IActionResult OnGet(long id)
    {
        if (store.Find(id) is not { } fact) return NotFound();
        Fact = fact;
        Fields = FactFields.Of(fact.Fact.Fact);
        ExtractedFields = FactFields.Of(fact.Extracted);
        var absent = FactFields.Declared(fact.Fact.Fact.GetType())
            .Where(d => d.Single && !d.Required && Fields.All(f => f.Path != d.Name))
            .Select(d => (d.Name, ""));
        EditFields = [.. Fields, .. absent];
        Conflicts = fact.Fact.Conflicts.Select(store.Find).OfType<ReviewedFact>().ToList();
        ConflictPaths = Fields.Select(f => f.Path).Concat(Conflicts.SelectMany(c => FactFields.Of(c.Fact.Fact).Select(x => x.Path))).Distinct().ToList();
        Sources = fact.Fact.Sources.Select(Show).ToList();
        Audit = store.Reviews.Audit(factId: id);
        ReadOnly = store.Reviews.UserCount() == 0;
        return Page();
    }

    private ShownSource Show(FactSource source)
    {
        if (store.Reviews.Article(source.Article) is not { } article || QuoteLocator.Locate(article, source.Quote, source.Start) is not { } span)
            return new ShownSource(source, null);
        return new ShownSource(source, [new(article.Text[..span.Start], null), new(article.Text[span.Start..span.End], 0), new(article.Text[span.End..], null)]);
    }
}
