using System.Text.Json.Nodes;
using Entente.Core.Domain;
using Entente.Core.Knowledge;
using Entente.Core.Knowledge.Briefing;
using Entente.Core.Knowledge.Export;
using Entente.Core.Review;
using Entente.Core.Storage;
using Entente.Web.Accounts;
using Entente.Web.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Entente.Web.Api;

/// <summary>The JSON API under /api: reading needs a viewer (cookie or bearer token), reviewing a reviewer's bearer token. Errors are RFC 7807 problem details.</summary>
public static class WorkspaceApi
{
    /// <summary>A review as posted: action accept, reject (reason), edit (set: field path → value), merge (into), split (article).</summary>
    public sealed record ReviewBody(string Action, string? Reason = null, Dictionary<string, string>? Set = null, long? Into = null, long? Article = null);

    public sealed record PairJson(string Pair, string Countries, int Articles, int Facts);

    public sealed record BriefJson(string Pair, string Title, string Markdown, string? Chart);

    public sealed record FactPage(int Page, int PageSize, int Total, IReadOnlyList<JsonObject> Facts);

    public sealed record ArticleJson(long Id, string Source, string? Title, string? Published, string? Url, string? Outlet, long? DuplicateOf, string Text, IReadOnlyList<StatementJson> Facts);

    public sealed record StatementJson(long Fact, string Quote, int Start, int End, int? TextStart, int? TextEnd);

    public static void MapWorkspaceApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireAuthorization(Auth.View).WithTags("workspace");

        api.MapGet("/pairs", (ReviewedKnowledge store) =>
            TypedResults.Ok(store.Pairs().Select(p => new PairJson(p.Pair, PairTitle(p.Pair), p.Articles, p.Facts)).ToList()))
            .WithSummary("The country pairs in the store with their counts of articles and facts (rejected facts not counted)");

        api.MapGet("/pairs/{pair}/brief", Results<Ok<BriefJson>, ProblemHttpResult> (string pair, ReviewedKnowledge store) =>
        {
            if (CountryArgument.Pair(pair) is not { } key) return Problem(400, "Unknown pair", $"'{pair}' is not two countries (write VN-BY or Vietnam,Belarus)");
            var codes = key.Split('-');
            var brief = new BriefBuilder(store).Build(codes[0], codes[1]);
            return TypedResults.Ok(new BriefJson(key, PairTitle(key), brief.Markdown, !brief.HasChart ? null : $"/pairs/{key}/chart.png"));
        }).WithSummary("The briefing note on a pair, in Markdown, honouring reviews");

        api.MapGet("/facts", Results<Ok<FactPage>, ProblemHttpResult> (ReviewedKnowledge store, IOptions<WorkspaceOptions> options,
            string? pair, string? type, string? status, string? since, string? q, bool? conflicts, int? page) =>
        {
            var filter = new FactFilter(pair, type, status, conflicts ?? false, q, since, page ?? 1);
            if (filter.Problems() is { Count: > 0 } problems) return Problem(400, "Bad filter", string.Join("; ", problems));
            var (facts, total) = filter.Run(store, options.Value.PageSize);
            return TypedResults.Ok(new FactPage(filter.Page, options.Value.PageSize, total, facts.Select(f => FactJson(f, null)).ToList()));
        }).WithSummary("Reconciled facts with their sources and review status, filtered and paged");

        api.MapGet("/facts/{id:long}", Results<Ok<JsonObject>, ProblemHttpResult> (long id, ReviewedKnowledge store) =>
            store.Find(id) is { } fact ? TypedResults.Ok(FactJson(fact, store.Reviews.Audit(factId: id))) : Problem(404, "No such fact", $"fact {id} does not exist"))
            .WithSummary("One fact with every source, its conflicts, review and audit trail");

        api.MapPost("/facts/{id:long}/review", Results<Ok<IReadOnlyList<AuditEntry>>, ProblemHttpResult> (long id, ReviewBody body, Reviewing reviewing, HttpContext context) =>
        {
            try
            {
                var entries = reviewing.Apply(id, new ReviewRequest(body.Action, body.Reason, body.Set, body.Into, body.Article), context.User.Identity!.Name!);
                return TypedResults.Ok(entries);
            }
            catch (ReviewException e)
            {
                return Problem(e.NotFound ? 404 : 400, e.NotFound ? "No such fact" : "Review refused", e.Message);
            }
        }).RequireAuthorization(Auth.ReviewApi).WithSummary("Review a fact: accept, reject with a reason, edit fields, merge into another fact, split an article's statement off");

        api.MapGet("/articles/{id:long}", Results<Ok<ArticleJson>, ProblemHttpResult> (long id, ReviewedKnowledge store) =>
        {
            if (store.Reviews.Article(id) is not { } article) return Problem(404, "No such article", $"article {id} does not exist");
            var statements = store.Reviews.Statements(id).Select(s =>
            {
                var span = QuoteLocator.Locate(article, s.Quote, s.Start);
                return new StatementJson(s.FactId, s.Quote, s.Start, s.End, span?.Start, span?.End);
            }).ToList();
            return TypedResults.Ok(new ArticleJson(article.Id, article.Source, article.Title, article.Published, article.Url, article.Outlet, article.DuplicateOf, article.Text, statements));
        }).WithSummary("A stored article's clean text and the facts it states (quote offsets in the input, and where the quote sits in the clean text)");

        api.MapGet("/audit", Results<Ok<IReadOnlyList<AuditEntry>>, ProblemHttpResult> (ReviewedKnowledge store, string? since, long? fact) =>
            TypedResults.Ok(store.Reviews.Audit(since, fact)))
            .WithSummary("The audit trail of review actions, oldest first");

        app.MapGet("/pairs/{pair}/chart.png", (string pair, ReviewedKnowledge store) =>
        {
            if (CountryArgument.Pair(pair) is not { } key) return Results.NotFound();
            var codes = key.Split('-');
            var png = new BriefBuilder(store).Build(codes[0], codes[1]).TradeChartPng;
            return png is null ? Results.NotFound() : Results.File(png, "image/png");
        }).RequireAuthorization(Auth.View).ExcludeFromDescription();
    }

    /// <summary>The fact as the export writes it, with its review status and, when given, its audit trail.
    /// The review status has a field of its own: the fact's own <c>status</c> ("planned") must survive.</summary>
    public static JsonObject FactJson(ReviewedFact fact, IReadOnlyList<AuditEntry>? audit)
    {
        var node = KnowledgeFactJson.ToNode(fact.Fact);
        node["review_status"] = fact.Status;
        if (fact.Review?.Reason is { } reason) node["reason"] = reason;
        if (fact.Review?.MergedInto is { } into) node["merged_into"] = into;
        if (fact.Review?.EditedPayload is not null)
            node["extracted"] = System.Text.Json.JsonSerializer.SerializeToNode(fact.Extracted with { Evidence = null }, EntenteJson.Options);
        if (audit is not null) node["audit"] = System.Text.Json.JsonSerializer.SerializeToNode(audit, EntenteJson.Options);
        return node;
    }

    public static string PairTitle(string pair)
    {
        var codes = pair.Split('-');
        return $"{Names.Country(codes[0])} – {Names.Country(codes[^1])}";
    }

    private static ProblemHttpResult Problem(int status, string title, string detail) => TypedResults.Problem(detail, statusCode: status, title: title);
}
