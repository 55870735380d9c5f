using Entente.Core.Knowledge;
using Entente.Core.Knowledge.Briefing;
using Entente.Core.Review;
using Entente.Core.Storage;
using Entente.Web.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Entente.Web.Pages.Pairs;

/// <summary>A pair: its brief (honouring reviews) with the trade chart, its timeline and its facts.</summary>
public sealed class PairModel(ReviewedKnowledge store) : PageModel
{
    public string Key { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string BriefHtml { get; private set; } = "";
    public IReadOnlyList<KnowledgeFact> Timeline { get; private set; } = [];
    public IReadOnlyList<ReviewedFact> Facts { get; private set; } = [];

    public IActionResult OnGet(string pair)
    {
        if (CountryArgument.Pair(pair) is not { } key) return NotFound();
        if (key != pair) return RedirectPermanent($"/pairs/{key}");
        Key = key;
        Title = Api.WorkspaceApi.PairTitle(key);
        var codes = key.Split('-');
        BriefHtml = BriefMarkup.Html(new BriefBuilder(store).Build(codes[0], codes[1]), $"/pairs/{key}/chart.png");
        Timeline = Core.Knowledge.Timeline.Of(store, key);
        Facts = store.Reviewed(new FactQuery(Pair: key), includeHidden: true).Where(f => f.Review?.MergedInto is null)
            .OrderBy(f => f.Fact.Fact.Type, StringComparer.Ordinal).ThenBy(f => f.Fact.Date ?? "", StringComparer.Ordinal).ToList();
        return Page();
    }
}
